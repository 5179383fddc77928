/**
 * A vendor's published rate limit, as a sliding window of the calls this process made (Companies
 * House: 600 requests in any 5 minutes). `take()` counts a call and answers 0, or, when the window
 * is full, how long until a slot frees; the caller then retries after that long instead of drawing
 * the vendor's 429 (which, for Companies House, blocks the key for the rest of the window).
 */
export class RateWindow {
  private readonly calls: number[] = [];

  constructor(
    private readonly requests: number,
    private readonly windowMs: number,
    private readonly now: () => number = Date.now,
  ) {}

  take(): number {
    const now = this.now();
    while (this.calls.length > 0 && this.calls[0]! <= now - this.windowMs) this.calls.shift();
    if (this.calls.length >= this.requests) return this.calls[0]! + this.windowMs - now;
    this.calls.push(now);
    return 0;
  }
}
