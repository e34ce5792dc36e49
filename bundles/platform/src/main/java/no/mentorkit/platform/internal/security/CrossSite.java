package no.mentorkit.platform.internal.security;

import java.net.URI;

/** Decides whether a state-changing request comes from another site, from the headers browsers send. */
public final class CrossSite {

    private CrossSite() {
    }

    public static boolean isCrossSite(String origin, String fetchSite, String host) {
        if ("cross-site".equals(fetchSite)) {
            return true;
        }
        if (origin == null || origin.isEmpty()) {
            return false;
        }
        if ("null".equals(origin)) {
            return true;
        }
        try {
            URI o = URI.create(origin);
            String originHost = o.getPort() == -1 ? o.getHost() : o.getHost() + ":" + o.getPort();
            return host == null || !host.equalsIgnoreCase(originHost);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }
}
