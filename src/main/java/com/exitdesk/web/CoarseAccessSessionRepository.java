package com.exitdesk.web;

import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The sessions in the database, with the time of their last access recorded at most once per {@code
 * resolution}. Spring Session marks a session changed on every request only because its last-access
 * time moved, and then writes its row in a transaction of its own: with sessions in PostgreSQL that
 * was a second connection and a durable commit for every signed-in request, which halved the
 * inbox's throughput (docs/benchmark-findings.md, finding 12). A change of the session itself
 * (signing in, a new CSRF token, a new id) is written as before.
 *
 * <p>The cost: a session idle for its whole timeout may end up to {@code resolution} earlier than
 * the timeout says, since its recorded last access may be that much older than the real one.
 */
final class CoarseAccessSessionRepository
    implements FindByIndexNameSessionRepository<CoarseAccessSessionRepository.CoarseSession> {

  private final FindByIndexNameSessionRepository<Session> sessions;
  private final Duration resolution;

  @SuppressWarnings("unchecked")
  CoarseAccessSessionRepository(
      FindByIndexNameSessionRepository<? extends Session> sessions, Duration resolution) {
    if (resolution.isNegative()) {
      throw new IllegalArgumentException("The resolution must not be negative: " + resolution);
    }
    // Each session handed back to the delegate is one it made itself (CoarseSession.session).
    this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
    this.resolution = resolution;
  }

  @Override
  public CoarseSession createSession() {
    return new CoarseSession(sessions.createSession(), resolution);
  }

  @Override
  public void save(CoarseSession session) {
    sessions.save(session.session);
  }

  @Override
  public CoarseSession findById(String id) {
    Session found = sessions.findById(id);
    return found == null ? null : new CoarseSession(found, resolution);
  }

  @Override
  public void deleteById(String id) {
    sessions.deleteById(id);
  }

  @Override
  public Map<String, CoarseSession> findByIndexNameAndIndexValue(
      String indexName, String indexValue) {
    Map<String, CoarseSession> found = new LinkedHashMap<>();
    sessions
        .findByIndexNameAndIndexValue(indexName, indexValue)
        .forEach((id, session) -> found.put(id, new CoarseSession(session, resolution)));
    return found;
  }

  /** A stored session whose last access moves only in steps of the resolution. */
  static final class CoarseSession implements Session {

    private final Session session;
    private final Duration resolution;

    private CoarseSession(Session session, Duration resolution) {
      this.session = session;
      this.resolution = resolution;
    }

    @Override
    public void setLastAccessedTime(Instant lastAccessedTime) {
      if (Duration.between(session.getLastAccessedTime(), lastAccessedTime).compareTo(resolution)
          >= 0) {
        session.setLastAccessedTime(lastAccessedTime);
      }
    }

    @Override
    public Instant getLastAccessedTime() {
      return session.getLastAccessedTime();
    }

    @Override
    public String getId() {
      return session.getId();
    }

    @Override
    public String changeSessionId() {
      return session.changeSessionId();
    }

    @Override
    public <T> T getAttribute(String attributeName) {
      return session.getAttribute(attributeName);
    }

    @Override
    public Set<String> getAttributeNames() {
      return session.getAttributeNames();
    }

    @Override
    public void setAttribute(String attributeName, Object attributeValue) {
      session.setAttribute(attributeName, attributeValue);
    }

    @Override
    public void removeAttribute(String attributeName) {
      session.removeAttribute(attributeName);
    }

    @Override
    public Instant getCreationTime() {
      return session.getCreationTime();
    }

    @Override
    public void setMaxInactiveInterval(Duration interval) {
      session.setMaxInactiveInterval(interval);
    }

    @Override
    public Duration getMaxInactiveInterval() {
      return session.getMaxInactiveInterval();
    }

    @Override
    public boolean isExpired() {
      return session.isExpired();
    }
  }
}
