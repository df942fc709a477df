/**
 * Reads and drops what is left of a request body, at most `capBytes`. An answer sent while the client is
 * still uploading, on a connection that is then closed, reaches many clients as a broken pipe instead of
 * the answer; reading the rest first lets them see it (a 413). Past the cap the connection is closed anyway.
 */
export async function discardBody(request: Request, capBytes = 32 * 1024 * 1024): Promise<void> {
  const body = request.body;
  // Locked: something (the body-limit check streaming a body of unknown length) is reading it already.
  if (!body || body.locked) return;
  const reader = body.getReader();
  let read = 0;
  try {
    while (read <= capBytes) {
      const { done, value } = await reader.read();
      if (done) return;
      read += value.byteLength;
    }
  } catch {
    // The client gave up; there is no one left to answer.
  }
}
