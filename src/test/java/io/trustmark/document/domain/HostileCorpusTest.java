package io.trustmark.document.domain;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The whole hostile corpus against the intake itself; HostileUploadIT sends it through the real page. */
class HostileCorpusTest {

    private final ImageIntake intake = new ImageIntake(IntakeLimits.defaults(), QualityThresholds.defaults());

    @Test
    void everyItemIsRefusedForOneOfItsExpectedReasons() {
        List<HostileCorpus.Item> items = HostileCorpus.items();
        assertTrue(items.size() >= 200, "the corpus has " + items.size() + " files");
        List<String> wrong = new ArrayList<>();
        for (HostileCorpus.Item item : items) {
            try {
                intake.sanitize(item.bytes(), DocumentKind.ID_CARD_FRONT);
                wrong.add(item + ": accepted");
            } catch (DocumentRefusedException e) {
                if (!item.refusals().contains(e.reason())) {
                    wrong.add(item + ": " + e.getMessage());
                }
            } catch (RuntimeException | Error e) {
                wrong.add(item + ": " + e);
            }
        }
        if (!wrong.isEmpty()) {
            fail(wrong.size() + " of " + items.size() + " not refused as expected:\n" + String.join("\n", wrong));
        }
    }
}
