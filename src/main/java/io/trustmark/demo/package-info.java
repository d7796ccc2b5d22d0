/**
 * Demo data and the demo mailbox, for the zero-setup run ({@code trustmark.demo=true}). It sits on top: it may use any
 * feature, and nothing depends on it.
 */
package io.trustmark.demo;
