package no.mentorkit.itests.fuzz;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.lang.reflect.Type;
import java.net.JarURLConnection;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;

import javax.ws.rs.BeanParam;
import javax.ws.rs.CookieParam;
import javax.ws.rs.FormParam;
import javax.ws.rs.HeaderParam;
import javax.ws.rs.MatrixParam;
import javax.ws.rs.PATCH;
import javax.ws.rs.POST;
import javax.ws.rs.PUT;
import javax.ws.rs.Path;
import javax.ws.rs.PathParam;
import javax.ws.rs.QueryParam;
import javax.ws.rs.core.Context;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;

import no.mentorkit.platform.json.Json;

/**
 * The JSON bodies of every write endpoint of every module, read with the platform's own mapper as the REST layer
 * reads them: each input becomes a value or a Jackson error (which the platform answers as a 400 naming where),
 * never another exception (a 500) or a hang. The endpoints are found from the resource classes themselves, so a new
 * one is fuzzed without changing this test. Seeds: {@code RequestBodiesFuzzTestInputs/read/}.
 */
class RequestBodiesFuzzTest {

    /** Where the modules keep their JAX-RS resources (the platform keeps each beside what it serves). */
    private static final String[] RESOURCE_PACKAGES = {"no/mentorkit/platform/internal/audit/",
        "no/mentorkit/platform/internal/modules/", "no/mentorkit/platform/internal/rest/",
        "no/mentorkit/platform/internal/security/", "no/mentorkit/platform/internal/status/",
        "no/mentorkit/platform/internal/users/", "no/mentorkit/registry/internal/rest/",
        "no/mentorkit/library/internal/rest/", "no/mentorkit/assessment/internal/rest/",
        "no/mentorkit/ethics/internal/rest/"};
    private static final ObjectMapper MAPPER = Json.create();
    private static final List<JavaType> BODIES = bodies();

    @FuzzTest(maxExecutions = 500000, maxDuration = "60s")
    void read(FuzzedDataProvider data) {
        JavaType type = BODIES.get(data.consumeInt(0, BODIES.size() - 1));
        byte[] body = data.consumeRemainingAsBytes();
        try {
            MAPPER.readValue(body, type);
        } catch (IOException answeredAs400) {
            // JsonProcessingException and its kin: the platform's mappers answer them as 400 problem+json.
        }
    }

    /** Every body type of a POST, PUT or PATCH method of a JAX-RS resource in the module jars. */
    static List<JavaType> bodies() {
        List<JavaType> found = new ArrayList<>();
        for (Class<?> resource : resources()) {
            for (Method m : resource.getDeclaredMethods()) {
                if (!m.isAnnotationPresent(POST.class) && !m.isAnnotationPresent(PUT.class)
                        && !m.isAnnotationPresent(PATCH.class)) {
                    continue;
                }
                Parameter[] ps = m.getParameters();
                Type[] generic = m.getGenericParameterTypes();
                for (int i = 0; i < ps.length; i++) {
                    if (isEntity(ps[i]) && ps[i].getType() != byte[].class && ps[i].getType() != String.class
                            && !java.io.InputStream.class.isAssignableFrom(ps[i].getType())) {
                        JavaType t = MAPPER.getTypeFactory().constructType(generic[i]);
                        if (!found.contains(t)) {
                            found.add(t);
                        }
                    }
                }
            }
        }
        if (found.size() < 20) {
            throw new AssertionError("found only " + found.size() + " JSON bodies: " + found);
        }
        found.sort(Comparator.comparing(JavaType::toCanonical));
        System.out.println("RequestBodiesFuzzTest: " + found.size() + " JSON body types of write endpoints");
        return Collections.unmodifiableList(found);
    }

    private static boolean isEntity(Parameter p) {
        return !p.isAnnotationPresent(Context.class) && !p.isAnnotationPresent(PathParam.class)
                && !p.isAnnotationPresent(QueryParam.class) && !p.isAnnotationPresent(HeaderParam.class)
                && !p.isAnnotationPresent(CookieParam.class) && !p.isAnnotationPresent(FormParam.class)
                && !p.isAnnotationPresent(MatrixParam.class) && !p.isAnnotationPresent(BeanParam.class)
                && !p.isAnnotationPresent(javax.ws.rs.DefaultValue.class);
    }

    private static List<Class<?>> resources() {
        List<Class<?>> out = new ArrayList<>();
        ClassLoader cl = RequestBodiesFuzzTest.class.getClassLoader();
        for (String pkg : RESOURCE_PACKAGES) {
            try {
                URL url = cl.getResource(pkg);
                if (url == null) {
                    throw new AssertionError("module classes not on the test class path: " + pkg);
                }
                for (String n : classFiles(url, pkg)) {
                    Class<?> c = Class.forName(n.substring(0, n.length() - 6).replace('/', '.'), false, cl);
                    if (c.isAnnotationPresent(Path.class)) {
                        out.add(c);
                    }
                }
            } catch (IOException | ClassNotFoundException | java.net.URISyntaxException e) {
                throw new AssertionError(pkg, e);
            }
        }
        return out;
    }

    /** Top-level class files below the package: in a jar (a reactor or repository artifact) or a classes folder. */
    private static List<String> classFiles(URL url, String pkg) throws IOException, java.net.URISyntaxException {
        List<String> names = new ArrayList<>();
        if ("jar".equals(url.getProtocol())) {
            try (JarFile jar = ((JarURLConnection) url.openConnection()).getJarFile()) {
                for (var e : Collections.list(jar.entries())) {
                    names.add(e.getName());
                }
            }
        } else {
            java.nio.file.Path dir = java.nio.file.Path.of(url.toURI());
            java.nio.file.Path root = dir.getRoot().resolve(dir.subpath(0, dir.getNameCount() - pkg.split("/").length));
            // Only this folder: a subpackage has its own entry above when it holds resources.
            try (var files = java.nio.file.Files.list(dir)) {
                files.forEach(f -> names.add(root.relativize(f).toString().replace(java.io.File.separatorChar, '/')));
            }
        }
        return names.stream().filter(n -> n.startsWith(pkg) && n.endsWith(".class") && !n.contains("$")
                && n.indexOf('/', pkg.length()) < 0).toList();
    }
}
