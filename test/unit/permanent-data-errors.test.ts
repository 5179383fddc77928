/** A write the database refuses for the data itself fails once, for good, without quoting the value. */
import { ApplicationFailure } from '@temporalio/common';
import { asPermanentDataError, permanentDataErrors } from '../../temporal/permanent-data-errors';

const pgError = (code: string) => Object.assign(new Error('invalid byte sequence for encoding "UTF8": 0x00 in "Jane\u0000Doe"'), { code });

it.each(['22021', '22P05', '22001', '23502', '23514'])('makes SQLSTATE %s non-retryable, naming only the code', (code) => {
  const failure = asPermanentDataError(pgError(code)) as ApplicationFailure;
  expect(failure).toBeInstanceOf(ApplicationFailure);
  expect(failure).toMatchObject({ nonRetryable: true, type: 'PermanentDataError', message: `the database refused the data (SQLSTATE ${code}); retrying would not help` });
  expect(failure.message).not.toContain('Jane');
});

it.each(['23505', '40001', '57P01', undefined])('leaves %s as it is: retrying may help', (code) => {
  const err = code ? pgError(code) : new Error('connection reset');
  expect(asPermanentDataError(err)).toBe(err);
});

it('applies to every activity the worker runs', async () => {
  const interceptor = permanentDataErrors({} as never).inbound!;
  await expect(interceptor.execute!({ args: [], headers: {} }, async () => Promise.reject(pgError('22021')))).rejects.toMatchObject({ nonRetryable: true });
  await expect(interceptor.execute!({ args: [], headers: {} }, async () => 'done')).resolves.toBe('done');
});
