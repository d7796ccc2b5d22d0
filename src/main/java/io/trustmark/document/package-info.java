/**
 * Documents: the intake of uploaded images (type from the bytes, bounds before decoding, quality, metadata
 * stripped), sealed storage (AES-GCM, key rotation), the phone hand-off, and facts about images (same picture seen
 * before). What a document is for and when it goes is decided by membership, not here.
 * <p>
 * May depend on: account (owners), platform.
 */
package io.trustmark.document;
