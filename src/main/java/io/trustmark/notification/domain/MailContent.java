package io.trustmark.notification.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a mail says, written once as blocks and rendered twice: as the plain-text part and as the HTML
 * part, so both parts always say the same. Every text is escaped for HTML here, so what members wrote
 * (a username, a reviewer's reason) can never turn into markup; only links in the application's own
 * paragraphs become clickable, never links inside a quote.
 */
public final class MailContent {

    private static final Pattern LINK = Pattern.compile("https?://[^\\s<>\"]+");

    private final Locale locale;
    private final String subject;
    private final List<Block> blocks;

    private MailContent(Locale locale, String subject, List<Block> blocks) {
        this.locale = locale;
        this.subject = subject;
        this.blocks = List.copyOf(blocks);
    }

    public static Builder builder(Locale locale, String subject) {
        return new Builder(locale, subject);
    }

    public String subject() {
        return subject;
    }

    public Locale locale() {
        return locale;
    }

    /** The plain-text part: blocks separated by a blank line. */
    public String text() {
        return String.join("\n\n", blocks.stream().map(Block::text).toList());
    }

    /** The HTML part: a small, self-contained document (mail clients ignore style sheets, so styles are inline). */
    public String html() {
        var out = new StringBuilder()
                .append("<!DOCTYPE html>\n<html lang=\"")
                .append(escape(locale.getLanguage()))
                .append("\">\n<head>\n")
                .append(
                        "<meta charset=\"UTF-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>")
                .append(escape(subject))
                .append("</title>\n</head>\n")
                .append("<body style=\"margin:0;padding:16px;background:#f6f7f9;color:#1f2933;")
                .append("font-family:system-ui,'Noto Sans Thai','Segoe UI',sans-serif;line-height:1.5\">\n")
                .append("<div style=\"max-width:600px;margin:0 auto;background:#ffffff;border:1px solid #d9dee5;")
                .append("border-radius:8px;padding:16px 24px\">\n");
        blocks.forEach(block -> out.append(block.html()).append('\n'));
        return out.append("</div>\n</body>\n</html>\n").toString();
    }

    /** Escapes text and line breaks, and makes the links in it clickable. */
    private static String linked(String text) {
        var out = new StringBuilder();
        var matcher = LINK.matcher(text);
        int last = 0;
        while (matcher.find()) {
            out.append(escapeLines(text.substring(last, matcher.start())));
            var url = escape(matcher.group());
            out.append("<a href=\"")
                    .append(url)
                    .append("\" style=\"color:#0b5cad\">")
                    .append(url)
                    .append("</a>");
            last = matcher.end();
        }
        return out.append(escapeLines(text.substring(last))).toString();
    }

    private static String escapeLines(String text) {
        return escape(text).replace("\n", "<br>\n");
    }

    static String escape(String text) {
        var out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private sealed interface Block permits Paragraph, Heading, Quote, Facts {

        String text();

        String html();
    }

    private record Paragraph(String text) implements Block {

        @Override
        public String html() {
            return "<p>" + linked(text) + "</p>";
        }
    }

    private record Heading(String title) implements Block {

        @Override
        public String text() {
            return title + "\n" + "-".repeat(Math.min(60, title.length()));
        }

        @Override
        public String html() {
            return "<h2 style=\"font-size:1.1em;margin:24px 0 8px\">" + escape(title) + "</h2>";
        }
    }

    /** Someone else's words, shown as they wrote them: never linked, every line marked as quoted in text. */
    private record Quote(String quoted) implements Block {

        @Override
        public String text() {
            return String.join("\n", quoted.lines().map(line -> "> " + line).toList());
        }

        @Override
        public String html() {
            return "<blockquote style=\"margin:8px 0;padding:8px 12px;border-left:4px solid #b42318;background:#fff5f5;"
                    + "white-space:pre-wrap\">" + escape(quoted) + "</blockquote>";
        }
    }

    private record Facts(List<Fact> facts) implements Block {

        @Override
        public String text() {
            return String.join(
                    "\n", facts.stream().map(f -> f.label() + ": " + f.value()).toList());
        }

        @Override
        public String html() {
            var out = new StringBuilder("<table style=\"border-collapse:collapse\">\n");
            for (var fact : facts) {
                out.append("<tr><th scope=\"row\" style=\"text-align:left;font-weight:600;padding:2px 16px 2px 0;")
                        .append("vertical-align:top\">")
                        .append(escape(fact.label()))
                        .append("</th>")
                        .append("<td style=\"padding:2px 0\">")
                        .append(escape(fact.value()))
                        .append("</td></tr>\n");
            }
            return out.append("</table>").toString();
        }
    }

    /** One line of a facts table: "Sent: 3 Nov 2026, 14:15". */
    public record Fact(String label, String value) {

        public Fact {
            Objects.requireNonNull(label);
            Objects.requireNonNull(value);
        }
    }

    /** Collects the blocks in reading order. */
    public static final class Builder {

        private final Locale locale;
        private final String subject;
        private final List<Block> blocks = new ArrayList<>();

        private Builder(Locale locale, String subject) {
            this.locale = Objects.requireNonNull(locale);
            this.subject = Objects.requireNonNull(subject);
        }

        /** One or more paragraphs, separated in {@code text} by blank lines. */
        public Builder paragraphs(String text) {
            for (var paragraph : text.strip().split("\\n\\s*\\n")) {
                if (!paragraph.isBlank()) {
                    blocks.add(new Paragraph(paragraph.strip()));
                }
            }
            return this;
        }

        public Builder heading(String text) {
            blocks.add(new Heading(text));
            return this;
        }

        public Builder quote(String text) {
            blocks.add(new Quote(text.strip()));
            return this;
        }

        public Builder facts(List<Fact> facts) {
            if (!facts.isEmpty()) {
                blocks.add(new Facts(List.copyOf(facts)));
            }
            return this;
        }

        public Locale locale() {
            return locale;
        }

        public MailContent build() {
            return new MailContent(locale, subject, blocks);
        }
    }
}
