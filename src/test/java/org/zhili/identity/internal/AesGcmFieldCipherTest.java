package org.zhili.identity.internal;

import java.util.Base64;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AesGcmFieldCipherTest {

	final AesGcmFieldCipher cipher = new AesGcmFieldCipher(new byte[32]);

	@Test
	void roundTripsAndNeverRepeatsACiphertext() {
		String a = cipher.encrypt("13812345678");
		String b = cipher.encrypt("13812345678");

		assertThat(a).startsWith("v1:").isNotEqualTo(b).doesNotContain("13812345678");
		assertThat(cipher.decrypt(a)).isEqualTo("13812345678");
		assertThat(cipher.decrypt(cipher.encrypt("张三"))).isEqualTo("张三");
		assertThat(cipher.encrypt(null)).isNull();
	}

	@Test
	void detectsAnAlteredCiphertextAndAWrongKey() {
		String sealed = cipher.encrypt("13812345678");
		byte[] bytes = Base64.getDecoder().decode(sealed.substring(3));
		bytes[bytes.length - 1] ^= 1;
		String altered = "v1:" + Base64.getEncoder().encodeToString(bytes);
		byte[] otherKey = new byte[32];
		otherKey[0] = 1;

		assertThatThrownBy(() -> cipher.decrypt(altered)).isInstanceOf(IllegalStateException.class);
		assertThatThrownBy(() -> new AesGcmFieldCipher(otherKey).decrypt(sealed)).isInstanceOf(IllegalStateException.class);
	}
}
