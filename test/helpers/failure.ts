/** The error a call must fail with; a call that succeeds fails the test instead. */
export async function failure(call: Promise<unknown>): Promise<Error> {
  try {
    await call;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected the call to fail, and it succeeded');
}
