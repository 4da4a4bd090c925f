package org.zhili.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.zhili.identity.FieldCipher;

/** AES-256-GCM with a random 96-bit nonce per value: {@code v1:base64(nonce ‖ ciphertext ‖ tag)}. */
final class AesGcmFieldCipher implements FieldCipher {

	private static final String VERSION = "v1:";
	private static final int NONCE_BYTES = 12;
	private static final int TAG_BITS = 128;

	private final SecretKey key;
	private final SecureRandom random = new SecureRandom();
	// Every registered case encrypts and indexes personal fields: a cipher and a MAC per thread spare a provider
	// look-up and a key schedule per value (a cipher re-initialised with the key it already holds keeps the
	// schedule; each value still gets its own nonce).
	private final ThreadLocal<Cipher> ciphers = ThreadLocal.withInitial(AesGcmFieldCipher::newCipher);
	private final ThreadLocal<Mac> indexMacs;

	AesGcmFieldCipher(byte[] key) {
		this.key = new SecretKeySpec(key, "AES");
		// A separate key for indexes, derived so that one configured key serves both purposes.
		SecretKey indexKey = new SecretKeySpec(mac(new SecretKeySpec(key, "HmacSHA256")).doFinal(
				"zhili blind index v1".getBytes(StandardCharsets.UTF_8)), "HmacSHA256");
		this.indexMacs = ThreadLocal.withInitial(() -> mac(indexKey));
	}

	@Override
	public String blindIndex(String value) {
		return value == null ? null
				: HexFormat.of().formatHex(indexMacs.get().doFinal(value.getBytes(StandardCharsets.UTF_8)));
	}

	private static Mac mac(SecretKey key) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(key);
			return mac;
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("cannot compute an index", e);
		}
	}

	private static Cipher newCipher() {
		try {
			return Cipher.getInstance("AES/GCM/NoPadding");
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("AES/GCM is not available", e);
		}
	}

	@Override
	public String encrypt(String plaintext) {
		if (plaintext == null) {
			return null;
		}
		try {
			byte[] nonce = new byte[NONCE_BYTES];
			random.nextBytes(nonce);
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, nonce));
			byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
			return VERSION + Base64.getEncoder()
				.encodeToString(ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array());
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("encryption failed", e);
		}
	}

	@Override
	public String decrypt(String ciphertext) {
		if (ciphertext == null) {
			return null;
		}
		if (!ciphertext.startsWith(VERSION)) {
			throw new IllegalArgumentException("not a zhili ciphertext");
		}
		try {
			byte[] all = Base64.getDecoder().decode(ciphertext.substring(VERSION.length()));
			Cipher cipher = ciphers.get();
			cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, all, 0, NONCE_BYTES));
			return new String(cipher.doFinal(all, NONCE_BYTES, all.length - NONCE_BYTES), StandardCharsets.UTF_8);
		}
		catch (GeneralSecurityException e) {
			throw new IllegalStateException("decryption failed: wrong key or altered value", e);
		}
	}
}
