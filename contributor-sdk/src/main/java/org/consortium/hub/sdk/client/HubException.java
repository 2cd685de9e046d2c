package org.consortium.hub.sdk.client;

import java.util.List;

/**
 * The hub refused a request, or could not be reached in the retries allowed. Carries the fields
 * of the hub's {@code application/problem+json} answer (RFC 9457) when there was one.
 */
public class HubException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Status used when no HTTP answer was received at all (connection refused, timeouts). */
  public static final int NO_RESPONSE = 0;

  private final int status;
  private final String type;
  private final String title;
  private final String detail;
  private final transient List<String> violations;

  /**
   * A refusal.
   *
   * @param status HTTP status, or {@link #NO_RESPONSE}
   * @param type the problem's stable {@code type} URI
   * @param title short summary
   * @param detail explanation for a person
   * @param violations per-field problems, each as {@code "path: message"}
   */
  public HubException(int status, String type, String title, String detail, List<String> violations) {
    super(message(status, title, detail));
    this.status = status;
    this.type = type;
    this.title = title;
    this.detail = detail;
    this.violations = violations == null ? List.of() : List.copyOf(violations);
  }

  /** Could not talk to the hub: connection failures after every retry. */
  public HubException(String detail, Throwable cause) {
    super(message(NO_RESPONSE, "Hub unreachable", detail), cause);
    this.status = NO_RESPONSE;
    this.type = "about:blank";
    this.title = "Hub unreachable";
    this.detail = detail;
    this.violations = List.of();
  }

  private static String message(int status, String title, String detail) {
    String head = status == NO_RESPONSE ? title : status + " " + title;
    return detail == null || detail.isBlank() ? head : head + ": " + detail;
  }

  /** HTTP status, or {@link #NO_RESPONSE}. */
  public int status() {
    return status;
  }

  /** The problem's {@code type}. */
  public String type() {
    return type;
  }

  /** The problem's {@code title}. */
  public String title() {
    return title;
  }

  /** The problem's {@code detail}. */
  public String detail() {
    return detail;
  }

  /** Per-field violations, as {@code "path: message"}. */
  public List<String> violations() {
    return violations;
  }

  /** Whether the hub refused who we are (401) or what we may do (403). */
  public boolean isAuthenticationFailure() {
    return status == 401 || status == 403;
  }
}
