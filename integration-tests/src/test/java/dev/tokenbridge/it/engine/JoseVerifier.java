// SPDX-License-Identifier: Apache-2.0
package dev.tokenbridge.it.engine;

import java.util.List;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.lang.JoseException;

/**
 * Verifies tokens the way an independent resource server would: with jose4j (not the engine's
 * nimbus) and only the JWK Set the mount publishes. Immutable.
 *
 * @param jwksJson the body of {@code GET /v1/<mount>/jwks}
 * @param issuer the expected {@code iss}
 * @param audience one value the {@code aud} must contain
 * @param algorithm the only {@code alg} accepted
 * @param typ the expected {@code typ} header, such as {@code at+jwt}
 */
public record JoseVerifier(String jwksJson, String issuer, String audience, String algorithm, String typ) {

  /**
   * Checks signature, {@code alg}, {@code typ}, {@code iss}, {@code aud}, and that {@code exp},
   * {@code iat}, {@code nbf}, {@code jti} and {@code sub} are present and the token is valid now.
   *
   * @return the verified header and claims
   * @throws InvalidJwtException if any check fails
   */
  public JwtContext verify(String token) throws InvalidJwtException {
    JsonWebKeySet keys;
    try {
      keys = new JsonWebKeySet(jwksJson);
    } catch (JoseException e) {
      throw new AssertionError("the JWKS is not a JWK Set jose4j can read: " + jwksJson, e);
    }
    JwtConsumer consumer = new JwtConsumerBuilder()
        .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
        .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, algorithm)
        .setExpectedType(true, typ)
        .setExpectedIssuer(issuer)
        .setExpectedAudience(audience)
        .setRequireExpirationTime()
        .setRequireIssuedAt()
        .setRequireNotBefore()
        .setRequireJwtId()
        .setRequireSubject()
        .build();
    return consumer.process(token);
  }

  /** Like {@link #verify}, failing the test with jose4j's reasons instead of throwing. */
  public JwtContext verifyOrFail(String token) {
    try {
      return verify(token);
    } catch (InvalidJwtException e) {
      throw new AssertionError("jose4j rejected the token: " + e.getMessage() + "\nJWKS: " + jwksJson, e);
    }
  }

  /** The outermost JOSE header of a verified token. */
  public static JsonWebStructure header(JwtContext context) {
    List<JsonWebStructure> structures = context.getJoseObjects();
    return structures.get(structures.size() - 1);
  }
}
