package org.consortium.hub.sdk.contract;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises personal data in field names and text, so that it is refused before it leaves the
 * venue (by the CSV importer) and when it reaches the hub (by {@link ContractValidator}).
 *
 * <p>Detection is deliberately simple and errs towards refusing: a false alarm costs a venue one
 * renamed column, a miss leaks a buyer's identity into a shared system.
 */
public final class PersonalDataGuard {

  /**
   * The local part starts only where a run of its characters starts, and is taken whole
   * (possessive): otherwise every position of a long run without '@' would be tried again,
   * quadratic time on a long text value (an 80 000-character title took a minute).
   */
  private static final Pattern EMAIL = Pattern.compile(
      "(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]++@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
  /** French numbers: 0X XX XX XX XX with optional separators, or +33 / 0033 prefixes. */
  private static final Pattern FRENCH_PHONE =
      Pattern.compile("(?<![\\d+])(?:\\+33\\s?(?:\\(0\\))?|0033\\s?|0)[1-9](?:[\\s.-]?\\d{2}){4}(?!\\d)");
  /** International numbers must start with '+', so that plain numbers and ids are not taken. */
  private static final Pattern INTERNATIONAL_PHONE =
      Pattern.compile("(?<![\\w+])\\+\\d{1,3}(?:[\\s.-]?\\(?\\d{1,4}\\)?){2,6}(?!\\d)");
  private static final Pattern POSTCODE = Pattern.compile("(?<![\\w-])(?:F-)?\\d{5}(?!\\w)");
  private static final Pattern DATE = Pattern.compile(
      "(?<!\\d)(?:(?:0?[1-9]|[12]\\d|3[01])[/.-](?:0?[1-9]|1[0-2])[/.-](?:1[89]|20)\\d{2}"
          + "|(?:1[89]|20)\\d{2}-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\\d|3[01]))(?![\\dT])");
  private static final Pattern TOKEN_SPLIT = Pattern.compile("(?<=[a-z0-9])(?=[A-Z])|[^A-Za-z0-9]+");

  private static final Set<String> PHONE_TOKENS =
      Set.of("phone", "telephone", "tel", "mobile", "portable", "gsm", "cell", "cellphone", "fax");
  private static final Set<String> POSTCODE_TOKENS = Set.of("zip", "cp", "postal", "postcode");
  private static final Set<String> ADDRESS_TOKENS = Set.of("address", "adresse", "addr", "street", "rue");
  private static final Set<String> NAME_WORDS = Set.of("name", "nom");
  /** Words that, before "name", make it a person's name rather than a hall's or a show's. */
  private static final Set<String> PERSON_QUALIFIERS = Set.of("first", "last", "full", "given",
      "family", "middle", "maiden", "buyer", "customer", "client", "spectator", "attendee",
      "holder", "contact", "person", "user", "member", "patron");
  private static final Set<String> PERSON_NAME_TOKENS =
      Set.of("surname", "forename", "prenom", "firstname", "lastname", "fullname", "nomdefamille");

  private PersonalDataGuard() {}

  /**
   * Whether a field or column name announces personal data, e.g. {@code email},
   * {@code buyer_phone}, {@code CodePostal}, {@code dateOfBirth}, {@code lastName}.
   */
  public static Optional<PersonalDataKind> classifyFieldName(String fieldName) {
    if (fieldName == null || fieldName.isBlank()) {
      return Optional.empty();
    }
    List<String> tokens = Arrays.stream(TOKEN_SPLIT.split(stripAccents(fieldName)))
        .filter(t -> !t.isEmpty()).map(t -> t.toLowerCase(Locale.ROOT)).toList();
    String joined = String.join("", tokens);
    if (joined.contains("mail") || joined.contains("courriel")) {
      return Optional.of(PersonalDataKind.EMAIL);
    }
    if (joined.contains("phone") || tokens.stream().anyMatch(PHONE_TOKENS::contains)) {
      return Optional.of(PersonalDataKind.PHONE);
    }
    if (joined.contains("birth") || joined.contains("naissance") || tokens.contains("dob")
        || tokens.contains("ddn")) {
      return Optional.of(PersonalDataKind.BIRTH_DATE);
    }
    if (joined.contains("postcode") || joined.contains("postalcode") || joined.contains("zipcode")
        || joined.contains("codepostal") || tokens.stream().anyMatch(POSTCODE_TOKENS::contains)) {
      return Optional.of(PersonalDataKind.POSTCODE);
    }
    if (joined.contains("address") || joined.contains("adresse")
        || tokens.stream().anyMatch(ADDRESS_TOKENS::contains)) {
      return Optional.of(PersonalDataKind.ADDRESS);
    }
    if (isPersonName(tokens, joined)) {
      return Optional.of(PersonalDataKind.NAME);
    }
    return Optional.empty();
  }

  /**
   * Finds an e-mail address or a phone number in free text. These two are recognisable wherever
   * they appear, so this is safe to run on any text field (titles, hall names...).
   */
  public static Optional<PersonalDataKind> findContactDetails(String text) {
    if (text == null) {
      return Optional.empty();
    }
    // Cheap tests first: every record's text fields pass here, and the patterns cost far more
    // than a scan. An address needs an '@'; every phone pattern needs at least 8 digits.
    if (text.indexOf('@') >= 0 && EMAIL.matcher(text).find()) {
      return Optional.of(PersonalDataKind.EMAIL);
    }
    if (digits(text) >= 8 && (FRENCH_PHONE.matcher(text).find() || hasInternationalPhone(text))) {
      return Optional.of(PersonalDataKind.PHONE);
    }
    return Optional.empty();
  }

  private static int digits(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch >= '0' && ch <= '9') {
        n++;
      }
    }
    return n;
  }

  /**
   * Finds any personal data in text: contact details, a calendar date (taken as a birth date) or
   * a 5-digit postcode. Meant for values that describe a buyer, where a date or a postcode can
   * only be personal; do not run it on titles or on fields that legitimately hold dates or INSEE
   * commune codes.
   */
  public static Optional<PersonalDataKind> findInText(String text) {
    Optional<PersonalDataKind> contact = findContactDetails(text);
    if (contact.isPresent() || text == null) {
      return contact;
    }
    if (DATE.matcher(text).find()) {
      return Optional.of(PersonalDataKind.BIRTH_DATE);
    }
    if (POSTCODE.matcher(text).find()) {
      return Optional.of(PersonalDataKind.POSTCODE);
    }
    return Optional.empty();
  }

  /** Whether the whole value is a 5-digit postcode, e.g. {@code "75011"}. */
  public static boolean isPostcode(String value) {
    return value != null && POSTCODE.matcher(value.strip()).matches();
  }

  /** Whether the whole value is a calendar date, e.g. {@code "12/04/1985"} or {@code "1985-04-12"}. */
  public static boolean isDate(String value) {
    return value != null && DATE.matcher(value.strip()).matches();
  }

  private static boolean hasInternationalPhone(String text) {
    Matcher m = INTERNATIONAL_PHONE.matcher(text);
    while (m.find()) {
      // A real number has 8 to 15 digits (ITU E.164); fewer is more likely a score or a code.
      long digits = m.group().chars().filter(Character::isDigit).count();
      if (digits >= 8 && digits <= 15) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPersonName(List<String> tokens, String joined) {
    if (NAME_WORDS.contains(joined) || tokens.stream().anyMatch(PERSON_NAME_TOKENS::contains)
        || PERSON_NAME_TOKENS.stream().anyMatch(joined::contains)) {
      return true;
    }
    for (int i = 1; i < tokens.size(); i++) {
      if (NAME_WORDS.contains(tokens.get(i)) && PERSON_QUALIFIERS.contains(tokens.get(i - 1))) {
        return true;
      }
    }
    return false;
  }

  private static String stripAccents(String s) {
    return Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
  }
}
