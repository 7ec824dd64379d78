package nl.wmokader.adapters.rest.identity;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** Hand-made tokens of a test issuer: what an identity provider would sign, and what an attacker would try. */
final class Tokens {
  static final String ISSUER = "https://login.example.test/realms/wmo";
  static final String AUDIENCE = "wmo-kader";
  static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");
  static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  final RSAKey rsa;
  final ECKey ec;

  Tokens() {
    this("1");
  }

  /** Keys whose ids end in {@code generation}: a rotation brings keys with new ids. */
  Tokens(String generation) {
    try {
      rsa = new RSAKeyGenerator(2048).keyID("rsa-" + generation).generate();
      ec = new ECKeyGenerator(Curve.P_256).keyID("ec-" + generation).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  JWKSet keys() {
    return new JWKSet(List.of(rsa, ec));
  }

  TokenSettings settings() {
    return TokenSettings.of(ISSUER, AUDIENCE, TokenSettings.keySet(keys())).withClock(CLOCK);
  }

  /** Claims of a valid token for {@code role}, valid from a minute ago for an hour. */
  static JWTClaimsSet.Builder claims(String subject, Map<String, Object> actor) {
    JWTClaimsSet.Builder builder = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject(subject)
        .issueTime(Date.from(NOW.minusSeconds(60))).notBeforeTime(Date.from(NOW.minusSeconds(60)))
        .expirationTime(Date.from(NOW.plus(Duration.ofHours(1))));
    actor.forEach(builder::claim);
    return builder;
  }

  static JWTClaimsSet.Builder region(String subject) {
    return claims(subject, Map.of("wmo_role", "region"));
  }

  String rs256(JWTClaimsSet.Builder claims) {
    return rs256(claims, h -> { });
  }

  String rs256(JWTClaimsSet.Builder claims, Consumer<JWSHeader.Builder> header) {
    try {
      JWSHeader.Builder h = new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(rsa.getKeyID()).type(JOSEObjectType.JWT);
      header.accept(h);
      SignedJWT jwt = new SignedJWT(h.build(), claims.build());
      jwt.sign(new RSASSASigner(rsa));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  String es256(JWTClaimsSet.Builder claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID(ec.getKeyID()).build(), claims.build());
      jwt.sign(new ECDSASigner(ec));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The classic confusion: HS256 "signed" with the issuer's public RSA key as the shared secret. */
  String hs256WithPublicKey(JWTClaimsSet.Builder claims) {
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(rsa.getKeyID()).build(),
          claims.build());
      byte[] secret = rsa.toPublicJWK().toRSAPublicKey().getEncoded();
      jwt.sign(new MACSigner(secret));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException(e);
    }
  }

  /** An unsecured token ({@code alg: none}). */
  static String unsigned(JWTClaimsSet.Builder claims) {
    return new PlainJWT(claims.build()).serialize();
  }
}
