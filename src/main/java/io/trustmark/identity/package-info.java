/**
 * Identity rules, pure Java: the Thai national ID number and its checksum, passport numbers and the MRZ of a
 * passport page, Thai and English personal names and whether two of them name the same person.
 * <p>
 * May depend on: nothing but the JDK. Everything that reads a member's identity builds on this kernel, so it is
 * kept free of containers and persistence and is tested by plain unit tests.
 */
package io.trustmark.identity;
