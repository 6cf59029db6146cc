package com.exitdesk.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;

class CoarseAccessSessionRepositoryTest {

  private final StoredSessions stored = new StoredSessions();
  private final CoarseAccessSessionRepository sessions =
      new CoarseAccessSessionRepository(stored, Duration.ofMinutes(1));

  @Test
  void anAccessWithinTheResolutionLeavesTheStoredLastAccessAsItWas() {
    Instant signedIn = signIn();

    assertThat(storedAfterAccessAt(sessions, signedIn.plusSeconds(59))).isEqualTo(signedIn);
  }

  @Test
  void anAccessAResolutionLaterIsRecorded() {
    Instant signedIn = signIn();

    assertThat(storedAfterAccessAt(sessions, signedIn.plusSeconds(60)))
        .isEqualTo(signedIn.plusSeconds(60));
  }

  @Test
  void whatChangesInTheSessionItselfReachesTheStore() {
    signIn();

    CoarseAccessSessionRepository.CoarseSession session = sessions.findById("s1");
    session.setAttribute("csrf", "new token");
    session.removeAttribute("user");
    String newId = session.changeSessionId();
    sessions.save(session);

    assertThat(stored.byId.get(newId).<String>getAttribute("csrf")).isEqualTo("new token");
    assertThat(stored.byId.get(newId).getAttributeNames()).containsExactly("csrf");
    sessions.deleteById(newId);
    assertThat(sessions.findById(newId)).isNull();
  }

  @Test
  void aZeroResolutionRecordsEveryAccessAndANegativeOneIsRefused() {
    CoarseAccessSessionRepository everyAccess =
        new CoarseAccessSessionRepository(stored, Duration.ZERO);
    Instant signedIn = signIn();

    assertThat(storedAfterAccessAt(everyAccess, signedIn.plusMillis(1)))
        .isEqualTo(signedIn.plusMillis(1));
    assertThatThrownBy(() -> new CoarseAccessSessionRepository(stored, Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A request at {@code at}: the session read, accessed and saved; what the store then holds. */
  private Instant storedAfterAccessAt(CoarseAccessSessionRepository repository, Instant at) {
    CoarseAccessSessionRepository.CoarseSession session = repository.findById("s1");
    session.setLastAccessedTime(at);
    repository.save(session);
    return stored.byId.get("s1").getLastAccessedTime();
  }

  private Instant signIn() {
    MapSession session = new MapSession("s1");
    session.setAttribute("user", "olivia");
    stored.save(session);
    return session.getLastAccessedTime();
  }

  /** Sessions kept as copies, as a database keeps them: only a save changes what is stored. */
  private static final class StoredSessions
      implements FindByIndexNameSessionRepository<MapSession> {

    final Map<String, MapSession> byId = new HashMap<>();

    @Override
    public MapSession createSession() {
      return new MapSession();
    }

    @Override
    public void save(MapSession session) {
      byId.values().removeIf(stored -> stored.getOriginalId().equals(session.getOriginalId()));
      MapSession copy = new MapSession(session);
      byId.put(session.getId(), copy);
    }

    @Override
    public MapSession findById(String id) {
      MapSession found = byId.get(id);
      return found == null ? null : new MapSession(found);
    }

    @Override
    public void deleteById(String id) {
      byId.remove(id);
    }

    @Override
    public Map<String, MapSession> findByIndexNameAndIndexValue(String name, String value) {
      return Map.of();
    }
  }
}
