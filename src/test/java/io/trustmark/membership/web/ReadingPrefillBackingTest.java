package io.trustmark.membership.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReadingPrefillBackingTest {

    @Test
    void usingWhatWasReadFillsEachTypedField() {
        var form = new VerifyForm();
        form.setNumber("1103700012346");
        ReadingPrefillBacking.apply(form, "number", "3100600045677");
        ReadingPrefillBacking.apply(form, "thaiGiven", "สมศรี");
        ReadingPrefillBacking.apply(form, "englishSurname", "JAIDEE");
        ReadingPrefillBacking.apply(form, "expiry", LocalDate.of(2031, 8, 13));
        ReadingPrefillBacking.apply(form, "birth", LocalDate.of(1990, 1, 2));
        assertEquals("3100600045677", form.getNumber());
        assertEquals("สมศรี", form.getThaiGiven());
        assertEquals("JAIDEE", form.getEnglishSurname());
        assertEquals(LocalDate.of(2031, 8, 13), form.getExpiry());
    }

    @Test
    void aPassportNumberGoesWhereTheMemberTypedIt() {
        // A Thai member types the passport number apart from the ID number; anyone else types it as the number.
        var thai = new VerifyForm();
        thai.setNumber("1103700012346");
        thai.setPassportNumber("AA1234567");
        ReadingPrefillBacking.apply(thai, "passportNumber", "AB7654321");
        assertEquals("AB7654321", thai.getPassportNumber());
        assertEquals("1103700012346", thai.getNumber());
        var foreigner = new VerifyForm();
        foreigner.setNumber("X1234567");
        ReadingPrefillBacking.apply(foreigner, "passportNumber", "X7654321");
        assertEquals("X7654321", foreigner.getNumber());
    }
}
