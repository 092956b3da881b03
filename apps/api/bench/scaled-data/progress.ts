/** A progress bar on stderr: redrawn in place on a terminal, one line per tenth otherwise. */
export function progressBar(label: string, expected: number) {
  const started = Date.now();
  const tty = process.stderr.isTTY === true;
  let lastTenth = -1;
  let lastDraw = 0;
  const line = (done: number) => {
    const fraction = Math.min(1, done / expected);
    const filled = Math.round(fraction * 30);
    const seconds = (Date.now() - started) / 1000;
    const rate = done / Math.max(seconds, 0.001);
    const eta = rate > 0 ? Math.max(0, (expected - done) / rate) : 0;
    return `${label} [${'#'.repeat(filled)}${'.'.repeat(30 - filled)}] ${Math.round(fraction * 100)}% ${(done / 1e6).toFixed(2)}M rows, ${Math.round(rate / 1000)}k rows/s, ${seconds.toFixed(0)} s, eta ${eta.toFixed(0)} s`;
  };
  return {
    update(done: number): void {
      if (tty) {
        if (Date.now() - lastDraw < 250) return;
        lastDraw = Date.now();
        process.stderr.write(`\r${line(done)}`);
        return;
      }
      const tenth = Math.floor(Math.min(1, done / expected) * 10);
      if (tenth !== lastTenth) {
        lastTenth = tenth;
        process.stderr.write(`${line(done)}\n`);
      }
    },
    done(total: number): void {
      process.stderr.write(`${tty ? '\r' : ''}${line(total).replace(/eta.*$/, 'done')}\n`);
    },
  };
}
