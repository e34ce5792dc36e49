package no.mentorkit.registry.internal.service.matching;

/** Relative weights of the soft criteria, from configuration; 0 switches a criterion off. */
public record Weights(int language, int competence, int interests, int locality, int gender, int age, int load) {

    public static final Weights DEFAULT = new Weights(30, 20, 15, 10, 10, 10, 5);
}
