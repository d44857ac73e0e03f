import { publicJwkOf, type PublicJwk } from './handover';

// Two fixed device keys for the tests (never used anywhere else): a signature made with them is
// the same test after test, and a file of one officer can be signed with the other's key.

const PRIVATE: Record<'a' | 'b', JsonWebKey> = {
	a: {
		kty: 'EC',
		crv: 'P-256',
		x: 'qvr75c_ZdhFTe9cziYCVdmBgYlwoOF6A9UUnICHpbpY',
		y: 'vVK8icLhJAMqEFD44ZsoytGuLhYH68BjIdy9IrNRpsk',
		d: 'zCfLpsYxJ-e7Fu1H13xeub817xA9hf1EA3pZ_AaU8bA'
	},
	b: {
		kty: 'EC',
		crv: 'P-256',
		x: 'TTexTeTyLhlloAEkNELGTnBCJI5wnlbvzhh4ZnwNSQc',
		y: 'EVq4Wh9HBs8460d_jJQtOyuOVS0drj6HZsLWqD3C71g',
		d: 'ikCu98tJw3QQzW8_RAY1Sd-rP981TbklDa4jnYL5QjM'
	}
};

export async function testPrivateKey(which: 'a' | 'b'): Promise<CryptoKey> {
	return crypto.subtle.importKey(
		'jwk',
		PRIVATE[which],
		{ name: 'ECDSA', namedCurve: 'P-256' },
		false,
		['sign']
	);
}

export function testPublicJwk(which: 'a' | 'b'): PublicJwk {
	return publicJwkOf(PRIVATE[which]);
}
