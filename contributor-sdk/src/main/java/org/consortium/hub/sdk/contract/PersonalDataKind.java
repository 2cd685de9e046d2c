package org.consortium.hub.sdk.contract;

/** Kinds of personal data that {@link PersonalDataGuard} recognises and the contract refuses. */
public enum PersonalDataKind {
  EMAIL("e-mail address"),
  PHONE("phone number"),
  POSTCODE("full postcode"),
  BIRTH_DATE("birth date"),
  NAME("person's name"),
  ADDRESS("postal address");

  private final String label;

  PersonalDataKind(String label) {
    this.label = label;
  }

  /** Plain-words name used in messages, e.g. "e-mail address". */
  public String label() {
    return label;
  }

  /** The standard refusal message, e.g. "personal data not allowed: e-mail address". */
  public String refusal() {
    return "personal data not allowed: " + label;
  }
}
