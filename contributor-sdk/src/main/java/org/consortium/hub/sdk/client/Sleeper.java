package org.consortium.hub.sdk.client;

import java.time.Duration;

/** Waits between retries; replaced in tests so that backoff is checked without waiting. */
@FunctionalInterface
interface Sleeper {

  Sleeper REAL = d -> Thread.sleep(d.toMillis());

  void sleep(Duration duration) throws InterruptedException;
}
