package no.mentorkit.itests.container;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;

import javax.security.auth.Subject;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.osgi.framework.BundleContext;

/**
 * Runs Karaf console commands inside the container as an operator with the admin role would, and returns what they
 * print (their result too, if they return one).
 */
final class ConsoleCommands {

    private final SessionFactory sessions;

    ConsoleCommands(BundleContext context) {
        sessions = Services.await(context, SessionFactory.class, Duration.ofSeconds(30));
    }

    String run(String command) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Session session = sessions.create(new ByteArrayInputStream(new byte[0]), out, out);
        Subject operator = new Subject();
        operator.getPrincipals().add(new UserPrincipal("itest"));
        operator.getPrincipals().add(new RolePrincipal("admin"));
        try {
            Object result = Subject.doAs(operator, (PrivilegedExceptionAction<Object>) () -> session.execute(command));
            if (result != null) {
                out.println(result);
            }
        } finally {
            session.close();
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }
}
