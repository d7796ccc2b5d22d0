package io.trustmark.document.web;

import io.trustmark.account.application.CurrentMember;
import io.trustmark.account.application.IdNumberRotation;
import io.trustmark.document.application.DocumentVault;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.omnifaces.util.Messages;

/**
 * /admin/keys: how many images each key seals, and the command that reseals all of them under the
 * current key. After a new key is configured (the old one moved to trustmark.crypto.old-keys), an admin
 * runs it once; then the old key can be removed from configuration.
 */
@Named
@RequestScoped
public class KeyRotationBacking {

    private static final int BATCH = 20;

    @Inject
    DocumentVault vault;

    @Inject
    CurrentMember member;

    @Inject
    IdNumberRotation idNumbers;

    private Map<String, Long> numberCounts;

    private Map<String, Long> counts;

    public String getCurrentKeyId() {
        return vault.currentKeyId();
    }

    public List<Map.Entry<String, Long>> getCounts() {
        if (counts == null) {
            counts = vault.sealedPerKey();
        }
        return List.copyOf(counts.entrySet());
    }

    public long getOutdated() {
        return getCounts().stream()
                .filter(e -> !e.getKey().equals(getCurrentKeyId()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    /** ID numbers sealed per key id (pdpa): the same keys seal them, so the same rotation reseals them. */
    public List<Map.Entry<String, Long>> getNumberCounts() {
        if (numberCounts == null) {
            numberCounts = idNumbers.sealedPerKey();
        }
        return List.copyOf(numberCounts.entrySet());
    }

    public long getOutdatedNumbers() {
        return getNumberCounts().stream()
                .filter(e -> !e.getKey().equals(getCurrentKeyId()))
                .mapToLong(Map.Entry::getValue)
                .sum();
    }

    public String reseal() {
        var adminId = member.account().orElseThrow().getId();
        int total = 0;
        int batch;
        do {
            batch = vault.resealBatch(BATCH, adminId);
            total += batch;
        } while (batch == BATCH);
        int numbers;
        do {
            numbers = idNumbers.resealBatch(BATCH * 10);
        } while (numbers == BATCH * 10);
        Messages.addFlashGlobal(Messages.createInfo("document.keys.resealed", total, getCurrentKeyId()));
        return "/admin/keys?faces-redirect=true";
    }
}
