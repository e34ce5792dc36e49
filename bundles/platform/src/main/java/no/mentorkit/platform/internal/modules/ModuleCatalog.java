package no.mentorkit.platform.internal.modules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.apache.karaf.features.Dependency;
import org.apache.karaf.features.Feature;
import org.apache.karaf.features.FeaturesService;
import org.osgi.framework.Version;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * The Mentorkit modules and organisation profiles this installation can run, as Karaf's features service knows them:
 * which are installed, which the operator asked for directly, and what needs what.
 */
@Component(service = ModuleCatalog.class)
public class ModuleCatalog {

    /** One module feature. {@code required} means asked for directly rather than through a profile or a dependant. */
    public record Module(String id, String feature, String version, String description, boolean installed,
            boolean required, List<String> needs, List<String> neededBy, List<String> profiles) {
    }

    /** One profile feature and the modules it installs. */
    public record Profile(String id, String feature, String description, List<String> modules, boolean installed) {
    }

    private final FeaturesService features;

    @Activate
    public ModuleCatalog(@Reference FeaturesService features) {
        this.features = features;
    }

    public List<Module> modules() throws Exception {
        Map<String, Feature> modules = marked(Marker.MODULE);
        Map<String, Feature> profiles = marked(Marker.PROFILE);
        List<Module> out = new ArrayList<>();
        for (Map.Entry<String, Feature> e : modules.entrySet()) {
            Feature f = e.getValue();
            List<String> needs = moduleIds(f, modules);
            List<String> neededBy = new ArrayList<>();
            for (Map.Entry<String, Feature> other : modules.entrySet()) {
                if (features.isInstalled(other.getValue()) && moduleIds(other.getValue(), modules).contains(e.getKey())) {
                    neededBy.add(other.getKey());
                }
            }
            List<String> inProfiles = profiles.entrySet().stream()
                    .filter(p -> moduleIds(p.getValue(), modules).contains(e.getKey())).map(Map.Entry::getKey).toList();
            out.add(new Module(e.getKey(), f.getName(), f.getVersion(), f.getDescription(), features.isInstalled(f),
                    features.isRequired(f), needs, neededBy, inProfiles));
        }
        return out;
    }

    public List<Profile> profiles() throws Exception {
        Map<String, Feature> modules = marked(Marker.MODULE);
        List<Profile> out = new ArrayList<>();
        for (Map.Entry<String, Feature> e : marked(Marker.PROFILE).entrySet()) {
            Feature f = e.getValue();
            out.add(new Profile(e.getKey(), f.getName(), f.getDescription(), moduleIds(f, modules), features.isInstalled(f)));
        }
        return out;
    }

    public Optional<Module> module(String id) throws Exception {
        return modules().stream().filter(m -> m.id().equals(id)).findFirst();
    }

    /** Installed profiles that pull in the given module (so removing it means taking the profile apart). */
    List<Profile> installedProfilesWith(String moduleId) throws Exception {
        return profiles().stream().filter(p -> p.installed() && p.modules().contains(moduleId)).toList();
    }

    FeaturesService features() {
        return features;
    }

    /** The newest version of every feature carrying the marker, by id, sorted by id. */
    private Map<String, Feature> marked(String namespace) throws Exception {
        Map<String, Feature> byId = new TreeMap<>();
        for (Feature f : features.listFeatures()) {
            Marker.id(f, namespace).ifPresent(id -> byId.merge(id, f, ModuleCatalog::newer));
        }
        return byId;
    }

    private static Feature newer(Feature a, Feature b) {
        return Version.parseVersion(a.getVersion()).compareTo(Version.parseVersion(b.getVersion())) >= 0 ? a : b;
    }

    /** The module ids among a feature's direct dependencies. */
    private static List<String> moduleIds(Feature feature, Map<String, Feature> modules) {
        List<String> ids = new ArrayList<>();
        for (Dependency d : feature.getDependencies()) {
            modules.forEach((id, f) -> {
                if (f.getName().equals(d.getName())) {
                    ids.add(id);
                }
            });
        }
        return ids;
    }
}
