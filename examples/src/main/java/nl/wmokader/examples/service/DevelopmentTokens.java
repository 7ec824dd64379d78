package nl.wmokader.examples.service;

import static java.util.Objects.requireNonNull;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Set;
import java.util.UUID;
import nl.wmokader.adapters.rest.identity.TokenSettings;
import nl.wmokader.core.shared.Actor;

/**
 * The example service's own development tokens, so that the demo and the Quick start need no
 * identity provider: an RSA key (2,048 bits) generated on first use and kept in a file only its
 * owner may read ({@code rw-------}); tokens signed with it for {@value #ISSUER}, audience {@value
 * #AUDIENCE}, valid for at most {@link #MAX_LIFETIME}. Whoever can read the file can act as any
 * party, so the service accepts these tokens only while no real issuer is configured, and says so
 * at start.
 */
public final class DevelopmentTokens {
  public static final String ISSUER = "urn:wmo-kader:development";
  public static final String AUDIENCE = "wmo-kader";
  public static final Duration DEFAULT_LIFETIME = Duration.ofHours(1);
  public static final Duration MAX_LIFETIME = Duration.ofHours(12);

  private final RSAKey key;

  private DevelopmentTokens(RSAKey key) {
    this.key = key;
  }

  /** The key in {@code file}, generated and written (owner-only) when there is none yet. */
  public static DevelopmentTokens inFile(Path file) {
    requireNonNull(file, "file");
    try {
      if (!Files.exists(file)) {
        create(file);
      }
      JWKSet set = JWKSet.parse(Files.readString(file, StandardCharsets.UTF_8));
      if (set.getKeys().size() != 1 || !(set.getKeys().get(0) instanceof RSAKey rsa) || !rsa.isPrivate()) {
        throw new IllegalArgumentException("not a development signing key (one private RSA key): " + file);
      }
      return new DevelopmentTokens(rsa);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read or write the development signing key " + file, e);
    } catch (ParseException e) {
      throw new IllegalArgumentException("not a JWK set: " + file, e);
    }
  }

  /** Writes a new key beside {@code file} and moves it into place, unless another process was first. */
  private static void create(Path file) throws IOException {
    // RS256, not ES256: on JDK 17 an ECDSA verification costs ~1 ms of CPU per request, RSA ~0.06 ms
    RSAKey generated;
    try {
      generated = new RSAKeyGenerator(2048).keyUse(KeyUse.SIGNATURE).algorithm(JWSAlgorithm.RS256)
          .keyID(UUID.randomUUID().toString()).generate();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot generate an RSA key", e);
    }
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Path temporary = Files.createTempFile(directory, ".dev-signing-key", ".tmp");
    try {
      if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
      }
      Files.writeString(temporary, new JWKSet(generated).toString(false), StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException raced) {
      // another start or token command wrote it first: use theirs
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** What the service accepts: tokens of {@value #ISSUER} for {@value #AUDIENCE}, checked with the public key. */
  public TokenSettings settings(Clock clock) {
    return TokenSettings.of(ISSUER, AUDIENCE, TokenSettings.keySet(new JWKSet(key.toPublicJWK())))
        .withAlgorithms(Set.of(JWSAlgorithm.RS256)).withClock(clock);
  }

  /**
   * A token for {@code actor}'s party, acted for by {@code person}, valid from now for {@code
   * lifetime} (at most {@link #MAX_LIFETIME}).
   */
  public String issue(Actor actor, String person, Duration lifetime, Clock clock) {
    if (lifetime.isNegative() || lifetime.isZero() || lifetime.compareTo(MAX_LIFETIME) > 0) {
      throw new IllegalArgumentException("a development token lives more than 0 and at most 12 hours");
    }
    Instant now = clock.instant();
    JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE)
        .subject(actor.as(person).person().get()).issueTime(Date.from(now)).notBeforeTime(Date.from(now))
        .expirationTime(Date.from(now.plus(lifetime))).jwtID(UUID.randomUUID().toString())
        .claim("wmo_role", actor.role().name().toLowerCase(java.util.Locale.ROOT));
    actor.municipality().forEach(code -> claims.claim("wmo_municipality", code.value()));
    actor.provider().forEach(agb -> claims.claim("wmo_provider", agb.value()));
    try {
      SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
          .type(JOSEObjectType.JWT).build(), claims.build());
      jwt.sign(new RSASSASigner(key));
      return jwt.serialize();
    } catch (JOSEException e) {
      throw new IllegalStateException("cannot sign a development token", e);
    }
  }
}
