package io.trustmark.membership.domain.reading;

import io.trustmark.document.domain.PageText;
import io.trustmark.membership.domain.ThaiBank;
import java.util.Map;

/** The account name ("ชื่อบัญชี ...") and the bank from the passbook's first page. */
public final class PassbookReader {

    private PassbookReader() {}

    /** Banks by the name their passbooks print after "ธนาคาร"; longer names first where one contains another. */
    private static final Map<String, ThaiBank> BANK_NAMES = Map.ofEntries(
            Map.entry("กสิกรไทย", ThaiBank.KBANK),
            Map.entry("กรุงเทพ", ThaiBank.BBL),
            Map.entry("ไทยพาณิชย์", ThaiBank.SCB),
            Map.entry("กรุงไทย", ThaiBank.KTB),
            Map.entry("กรุงศรีอยุธยา", ThaiBank.BAY),
            Map.entry("ทหารไทยธนชาต", ThaiBank.TTB),
            Map.entry("ออมสิน", ThaiBank.GSB),
            Map.entry("เพื่อการเกษตร", ThaiBank.BAAC),
            Map.entry("อาคารสงเคราะห์", ThaiBank.GHB),
            Map.entry("ยูโอบี", ThaiBank.UOB),
            Map.entry("ซีไอเอ็มบี", ThaiBank.CIMB),
            Map.entry("เกียรตินาคินภัทร", ThaiBank.KKP),
            Map.entry("แลนด์", ThaiBank.LHB),
            Map.entry("ทิสโก้", ThaiBank.TISCO),
            Map.entry("ไอซีบีซี", ThaiBank.ICBC),
            Map.entry("อิสลาม", ThaiBank.IBANK));

    private static final java.util.regex.Pattern NAME =
            java.util.regex.Pattern.compile("(นางสาว|นาง|นาย|เด็กชาย|เด็กหญิง|น\\.ส\\.) ?(\\S+) (\\S+)");

    public static PassbookReading read(io.trustmark.document.domain.PageText page) {
        String name = null;
        ThaiBank bank = null;
        for (PageText.Line line : page.lines()) {
            var text = ReadText.join(line);
            var compact = text.replace(" ", "");
            // The label's first letters are often read apart from it (tone marks above "ชื่อ"): the name is found
            // by its title on the line of "...บัญชี", never on the account number's line.
            if (name == null && compact.contains("บัญชี") && !compact.contains("เลขที่")) {
                var m = NAME.matcher(text);
                if (m.find()) {
                    name = m.group(1) + " " + m.group(2) + " " + m.group(3);
                }
            }
            if (bank == null && compact.contains("ธนาคาร")) {
                bank = BANK_NAMES.entrySet().stream()
                        .filter(e -> compact.contains(e.getKey()))
                        .max((a, b) ->
                                Integer.compare(a.getKey().length(), b.getKey().length()))
                        .map(Map.Entry::getValue)
                        .orElse(null);
            }
        }
        return new PassbookReading(name, bank);
    }
}
