package nl.wmokader.adapters.rest.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Random strings matching a regular expression of the small kind the document's {@code pattern}s
 * are: anchors, literals, escapes, character classes with ranges, groups with alternatives and the
 * quantifiers {@code ? * + {n} {n,m}}. Anything else is refused rather than guessed at.
 */
final class PatternStrings {
  private final String regex;
  private final Random random;
  private int at;

  private PatternStrings(String regex, Random random) {
    this.regex = regex;
    this.random = random;
  }

  /** A string {@code regex} matches in full. */
  static String matching(String regex, Random random) {
    PatternStrings p = new PatternStrings(regex, random);
    StringBuilder out = new StringBuilder();
    p.alternatives(out);
    if (p.at != regex.length()) {
      throw new IllegalArgumentException("unsupported pattern " + regex + " at " + p.at);
    }
    return out.toString();
  }

  private void alternatives(StringBuilder out) {
    List<StringBuilder> options = new ArrayList<>();
    options.add(new StringBuilder());
    while (at < regex.length() && regex.charAt(at) != ')') {
      if (regex.charAt(at) == '|') {
        at++;
        options.add(new StringBuilder());
      } else {
        quantified(options.get(options.size() - 1));
      }
    }
    out.append(options.get(random.nextInt(options.size())));
  }

  private void quantified(StringBuilder out) {
    int start = at;
    atom(new StringBuilder());
    int end = at;
    int[] range = quantifier();
    int times = range[0] + random.nextInt(range[1] - range[0] + 1);
    for (int i = 0; i < times; i++) {
      at = start;
      atom(out);
    }
    at = end;
    quantifier();
  }

  private int[] quantifier() {
    if (at >= regex.length()) {
      return new int[] {1, 1};
    }
    char c = regex.charAt(at);
    switch (c) {
      case '?' -> { at++; return new int[] {0, 1}; }
      case '*' -> { at++; return new int[] {0, 3}; }
      case '+' -> { at++; return new int[] {1, 3}; }
      case '{' -> {
        int close = regex.indexOf('}', at);
        String[] bounds = regex.substring(at + 1, close).split(",", -1);
        at = close + 1;
        int min = Integer.parseInt(bounds[0]);
        int max = bounds.length == 1 ? min : bounds[1].isEmpty() ? min + 3 : Integer.parseInt(bounds[1]);
        return new int[] {min, max};
      }
      default -> { return new int[] {1, 1}; }
    }
  }

  private void atom(StringBuilder out) {
    char c = regex.charAt(at);
    switch (c) {
      case '^', '$' -> at++;
      case '(' -> {
        at++;
        alternatives(out);
        expect(')');
      }
      case '[' -> out.append(charClass());
      case '\\' -> {
        out.append(regex.charAt(at + 1));
        at += 2;
      }
      case '.', '*', '+', '?', '{', '|', ')' -> throw new IllegalArgumentException("unsupported pattern " + regex);
      default -> {
        out.append(c);
        at++;
      }
    }
  }

  private char charClass() {
    expect('[');
    if (regex.charAt(at) == '^') {
      throw new IllegalArgumentException("negated classes are unsupported: " + regex);
    }
    List<char[]> ranges = new ArrayList<>();
    while (regex.charAt(at) != ']') {
      char from = regex.charAt(at++);
      if (from == '\\') {
        from = regex.charAt(at++);
      }
      char to = from;
      if (regex.charAt(at) == '-' && regex.charAt(at + 1) != ']') {
        to = regex.charAt(at + 1);
        at += 2;
      }
      ranges.add(new char[] {from, to});
    }
    at++;
    char[] range = ranges.get(random.nextInt(ranges.size()));
    return (char) (range[0] + random.nextInt(range[1] - range[0] + 1));
  }

  private void expect(char c) {
    if (at >= regex.length() || regex.charAt(at) != c) {
      throw new IllegalArgumentException("expected " + c + " in " + regex + " at " + at);
    }
    at++;
  }
}
