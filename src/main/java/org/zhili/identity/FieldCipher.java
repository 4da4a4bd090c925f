package org.zhili.identity;

/**
 * Encrypts personal fields before they are stored (AES-256-GCM, key from {@code zhili.security.field-key}
 * or generated into the data directory on first start). Ciphertexts are prefixed with a key version.
 */
public interface FieldCipher {

	/** {@code null} stays {@code null}. */
	String encrypt(String plaintext);

	/** {@code null} stays {@code null}; a tampered ciphertext fails. */
	String decrypt(String ciphertext);

	/**
	 * A keyed hash (HMAC-SHA256, hex) of a value, for finding records by an encrypted field (e.g. all cases
	 * of one phone number) without storing the value in clear. Equal values give equal indexes.
	 */
	String blindIndex(String value);
}
