package org.consortium.hub.sdk.csv;

/**
 * A mapping file is unusable, or does not fit the export's columns: nothing is imported, since
 * a wrong mapping would put wrong figures in the hub.
 */
public class MappingException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** A mapping problem, in plain words. */
  public MappingException(String message) {
    super(message);
  }

  /** A mapping problem with its cause, e.g. a YAML syntax error. */
  public MappingException(String message, Throwable cause) {
    super(message, cause);
  }
}
