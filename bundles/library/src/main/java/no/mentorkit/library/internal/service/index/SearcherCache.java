package no.mentorkit.library.internal.service.index;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A small least-recently-used map from a query's string form to what it gave on one searcher. Each searcher owns its
 * caches, and any change to the index opens a new searcher, so an entry is never stale and needs no invalidation.
 * Keys hold no identity: they name the query text, the caller's access level and the choices, never who asked.
 */
final class SearcherCache<V> {

    private final Map<String, V> entries;

    SearcherCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity * 4 / 3 + 1, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized V get(String key) {
        return entries.get(key);
    }

    synchronized void put(String key, V value) {
        entries.put(key, value);
    }
}
