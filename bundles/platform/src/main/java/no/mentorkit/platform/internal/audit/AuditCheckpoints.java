package no.mentorkit.platform.internal.audit;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import no.mentorkit.platform.audit.AuditLog;
import no.mentorkit.platform.internal.install.OwnerOnly;
import no.mentorkit.platform.internal.storage.RequestBoundDataSource;
import no.mentorkit.platform.json.Json;
import no.mentorkit.platform.storage.Sql;
import no.mentorkit.platform.storage.Storage;

/**
 * Anchors the audit chain outside the database. The chain alone proves nothing about its newest entries: whoever can
 * write the database can delete them, or edit one and hash the rest anew. So at a fixed interval and at shutdown the
 * head of the chain (its position and hash) is signed with an Ed25519 key kept outside the database and appended to
 * {@code checkpoints.log}; verification then requires the chain to still hold the last checkpoint's entry with the
 * same hash. As every hash covers all before it, that one comparison finds a rewrite of anything up to the checkpoint
 * and any cut below it. Shipping each line to a log server the organisation controls (README) keeps the checkpoints
 * out of reach of whoever has this machine.
 */
@Component(service = AuditCheckpoints.class, configurationPid = "no.mentorkit.platform.audit")
@Designate(ocd = CheckpointConfig.class)
public class AuditCheckpoints {

    private static final Logger LOG = LoggerFactory.getLogger(AuditCheckpoints.class);
    private static final ObjectMapper JSON = Json.mapper();
    static final String LOG_FILE = "checkpoints.log";
    static final String PUBLIC_KEY_FILE = "signing-key.pub";

    /** The head of the chain at a moment, as in every line before bases existed (they carry no kind). */
    static final String HEAD = "head";
    /** The base a retention prune left: the last deleted entry, which the first kept entry chains to. */
    static final String BASE = "base";

    /** One signed line: the chain's position and hash at a moment, and what they are ({@link #HEAD}, {@link #BASE}). */
    record Checkpoint(String kind, long seq, String hash, Instant at, String signature) {
    }

    private final DataSource db;
    private final Path folder;
    private final KeyPair keys;
    private final ScheduledExecutorService timer;
    private long lastWritten = -1;

    /** The audit log is referenced so that checkpoints start after the chain's tables exist and stop before it. */
    @Activate
    public AuditCheckpoints(@Reference Storage storage, @Reference AuditLog audit, CheckpointConfig config)
            throws IOException, GeneralSecurityException {
        DataSource ds = storage.dataSource();
        // Its own connections: a checkpoint is never part of a request's transaction.
        this.db = ds instanceof RequestBoundDataSource r ? r.pool() : ds;
        this.folder = config.checkpointFolder().isBlank()
                ? Path.of(System.getProperty("karaf.data", "data"), "mentorkit", "audit-checkpoints")
                : Path.of(config.checkpointFolder());
        Path keyFile = config.signingKey().isBlank()
                ? Path.of(System.getProperty("karaf.etc", "etc"), "mentorkit-audit-signing.key")
                : Path.of(config.signingKey());
        Files.createDirectories(folder);
        OwnerOnly.restrict(folder);
        this.keys = keys(keyFile);
        Files.writeString(folder.resolve(PUBLIC_KEY_FILE), Base64.getEncoder().encodeToString(
                keys.getPublic().getEncoded()) + "\n");
        last(HEAD).ifPresent(c -> lastWritten = c.seq());
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "mentorkit-audit-checkpoints");
            t.setDaemon(true);
            return t;
        });
        int every = Math.max(1, config.intervalSeconds());
        timer.scheduleWithFixedDelay(this::writeQuietly, every, every, TimeUnit.SECONDS);
    }

    @Deactivate
    void deactivate() {
        timer.shutdownNow();
        writeQuietly();
    }

    /** Appends a checkpoint of the chain's head if it has grown since the last one. */
    synchronized void write() throws IOException, GeneralSecurityException {
        String[] head = Sql.query(db, "SELECT chain_seq, hash FROM platform.audit_chain_head WHERE id = 1", ps -> { },
                rs -> rs.next() ? new String[] {rs.getString(1), rs.getString(2)} : null);
        if (head == null || Long.parseLong(head[0]) <= lastWritten || Long.parseLong(head[0]) == 0) {
            return;
        }
        long seq = Long.parseLong(head[0]);
        append(JSON.createObjectNode(), HEAD, seq, head[1]);
        lastWritten = seq;
    }

    /**
     * Anchors the base a retention prune leaves (the position and hash of the last entry it deletes) with a signed
     * line of its own. Called before the prune commits: a line whose prune then rolls back names a base that was
     * due anyway, while a committed base without its line would leave the kept chain's start unproven.
     */
    synchronized void anchorBase(long seq, String hash) throws IOException, GeneralSecurityException {
        append(JSON.createObjectNode().put("kind", BASE), BASE, seq, hash);
    }

    /** Checkpoints the head now (if it grew) and returns the position the last checkpoint anchors, 0 if none. */
    synchronized long anchorHead() throws IOException, GeneralSecurityException {
        write();
        return last(HEAD).map(Checkpoint::seq).orElse(0L);
    }

    private void append(ObjectNode line, String kind, long seq, String hash)
            throws IOException, GeneralSecurityException {
        Instant at = Instant.now();
        Signature s = Signature.getInstance("Ed25519");
        s.initSign(keys.getPrivate());
        s.update(payload(kind, seq, hash, at));
        line.put("seq", seq).put("hash", hash).put("at", at.toString())
                .put("sig", Base64.getEncoder().encodeToString(s.sign()));
        Path file = folder.resolve(LOG_FILE);
        // Appended and forced to disk: a checkpoint that a power loss could take back would anchor nothing.
        try (var ch = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.APPEND,
                StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap((JSON.writeValueAsString(line) + "\n").getBytes(StandardCharsets.UTF_8)));
            ch.force(true);
        }
        OwnerOnly.restrict(file);
    }

    private void writeQuietly() {
        try {
            write();
        } catch (Exception e) {
            LOG.warn("Could not write an audit checkpoint to {}: {}", folder, e.toString());
        }
    }

    /**
     * What the checkpoints say about the chain as it is now: empty when it still holds the last checkpoint (or
     * none was written yet), else why not.
     */
    public Optional<String> check() {
        Optional<Checkpoint> last;
        List<Checkpoint> bases;
        try {
            last = last(HEAD);
            bases = lines().stream().filter(c -> BASE.equals(c.kind())).toList();
        } catch (IOException e) {
            return Optional.of("The checkpoint log " + folder.resolve(LOG_FILE) + " cannot be read: " + e.getMessage());
        }
        Optional<String> base = checkBase(ChainBase.current(db), bases);
        if (base.isPresent() || last.isEmpty()) {
            return base;
        }
        Checkpoint c = last.get();
        if (!signedHere(c)) {
            return Optional.of("The last checkpoint (" + c.at() + ") is not signed with this installation's key");
        }
        String hash = Sql.query(db, "SELECT hash FROM platform.audit_log WHERE chain_seq = ?", ps -> ps.setLong(1,
                c.seq()), rs -> rs.next() ? rs.getString(1) : null);
        if (hash == null) {
            return Optional.of("The chain no longer reaches position " + c.seq() + ", which the checkpoint of "
                    + c.at() + " saw: entries were removed");
        }
        if (!hash.equals(c.hash())) {
            return Optional.of("The entry at chain position " + c.seq() + " is not the one the checkpoint of "
                    + c.at() + " saw: the chain was rewritten at or before it");
        }
        return Optional.empty();
    }

    /**
     * The base the chain starts from must be one a prune signed: else whoever can write the database could delete
     * entries from the oldest end, or rewrite the oldest kept ones, and record a base to match.
     */
    private Optional<String> checkBase(ChainBase base, List<Checkpoint> signed) {
        if (!base.pruned()) {
            return Optional.empty();
        }
        boolean anchored = signed.stream().anyMatch(c -> c.seq() == base.seq() && c.hash().equals(base.hash())
                && signedHere(c));
        return anchored ? Optional.empty() : Optional.of("The chain's base at position " + base.seq() + " (left by the "
                + "prune of " + base.prunedAt() + ") matches no signed base line in the checkpoint log: the oldest "
                + "entries were removed or the base was changed outside a retention run");
    }

    /** The position the last checkpoint anchors, for the verification's answer. */
    public Optional<Long> lastPosition() {
        try {
            return last(HEAD).map(Checkpoint::seq);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private boolean signedHere(Checkpoint c) {
        try {
            Signature s = Signature.getInstance("Ed25519");
            s.initVerify(keys.getPublic());
            s.update(payload(c.kind(), c.seq(), c.hash(), c.at()));
            return s.verify(Base64.getDecoder().decode(c.signature()));
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private Optional<Checkpoint> last(String kind) throws IOException {
        List<Checkpoint> all = lines();
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).kind().equals(kind)) {
                return Optional.of(all.get(i));
            }
        }
        return Optional.empty();
    }

    private List<Checkpoint> lines() throws IOException {
        Path file = folder.resolve(LOG_FILE);
        if (!Files.exists(file)) {
            return List.of();
        }
        List<Checkpoint> out = new ArrayList<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode n = JSON.readTree(line);
                out.add(new Checkpoint(n.path("kind").asText(HEAD), n.path("seq").asLong(), n.path("hash").asText(),
                        Instant.parse(n.path("at").asText()), n.path("sig").asText()));
            }
        }
        return out;
    }

    /** A head line signs what it signed before bases existed, so old checkpoint logs still verify. */
    private static byte[] payload(String kind, long seq, String hash, Instant at) {
        String tag = HEAD.equals(kind) ? "mentorkit-audit-checkpoint" : "mentorkit-audit-" + kind;
        return (tag + "\n" + seq + "\n" + hash + "\n" + at).getBytes(StandardCharsets.UTF_8);
    }

    /** Reads the signing key, or makes one owner-only at the first start. */
    private static KeyPair keys(Path file) throws IOException, GeneralSecurityException {
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        Path pub = file.resolveSibling(file.getFileName() + ".pub");
        if (!Files.exists(file)) {
            KeyPair made = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.write(file, Base64.getEncoder().encode(made.getPrivate().getEncoded()));
            OwnerOnly.restrict(file);
            Files.write(pub, Base64.getEncoder().encode(made.getPublic().getEncoded()));
            LOG.info("Made the audit checkpoint signing key {}", file);
            return made;
        }
        OwnerOnly.require(file, "The audit signing key");
        PrivateKey priv = factory.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(
                Files.readString(file).strip())));
        PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(
                Files.readString(pub).strip())));
        return new KeyPair(publicKey, priv);
    }
}
