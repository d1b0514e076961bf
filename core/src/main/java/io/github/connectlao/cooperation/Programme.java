package io.github.connectlao.cooperation;

import io.github.connectlao.BilingualName;
import io.github.connectlao.InvalidValueException;
import io.github.connectlao.Source;
import io.github.connectlao.state.StateBody;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A programme of cooperation, ແຜນງານ / ໂຄງການ: a project, a cooperation plan or a policy, run by
 * lead bodies in phases.
 *
 * <p>Example: {@code LaoCooperation.laoPdr().programme("CONNECT")} prints {@code CONNECT CONNECT –
 * Community Network Engagement for Essential Health Services and COVID-19 Responses Through Trust
 * (cooperation), HOME_AFFAIRS@LA + HEALTH@LA, 2 phases} (id, English name, kind, leads, phases).
 *
 * @param id a code unique in a catalogue
 * @param name the Lao and English names
 * @param kind project, cooperation or policy
 * @param leads the bodies that run it
 * @param agreementIds the agreements it rests on
 * @param areas its cooperation areas
 * @param phases its phases, at least one, names unique
 * @param reach published counts of its reach
 * @param source where it is described
 */
public record Programme(
    String id,
    BilingualName name,
    Kind kind,
    List<StateBody> leads,
    List<String> agreementIds,
    List<CooperationArea> areas,
    List<Phase> phases,
    List<Reach> reach,
    Source source) {

  /** What kind of programme it is. */
  public enum Kind {
    /** A project with its own budget and period, ໂຄງການ. */
    PROJECT("ໂຄງການ", "project"),
    /** Cooperation of the parties in their regular work, ວຽກການຮ່ວມມື ("not a project", MoHA news of 10 March 2023). */
    COOPERATION("ວຽກການຮ່ວມມື", "cooperation"),
    /** A government policy or directive, ນະໂຍບາຍ. */
    POLICY("ນະໂຍບາຍ", "policy");

    private final BilingualName bilingualName;

    Kind(String nameLao, String nameEnglish) {
      this.bilingualName = BilingualName.of(nameLao, nameEnglish);
    }

    /** @return the Lao and English names */
    public BilingualName displayName() {
      return bilingualName;
    }

    /** @return the Lao name, {@code displayName().lao()} */
    public String nameLao() {
      return bilingualName.lao();
    }

    /** @return the English name, {@code displayName().english()} */
    public String nameEnglish() {
      return bilingualName.english();
    }
  }

  /**
   * Validates the programme.
   *
   * @param id the id
   * @param name the Lao and English names
   * @param kind the kind
   * @param leads the lead bodies
   * @param agreementIds the agreements
   * @param areas the areas
   * @param phases the phases
   * @param reach the reach counts
   * @param source provenance
   */
  public Programme {
    id = InvalidValueException.requiredText(id, "id");
    InvalidValueException.required(name, "name");
    InvalidValueException.required(kind, "kind");
    leads = List.copyOf(InvalidValueException.required(leads, "leads"));
    agreementIds = List.copyOf(InvalidValueException.required(agreementIds, "agreementIds"));
    areas = List.copyOf(InvalidValueException.required(areas, "areas"));
    phases = List.copyOf(InvalidValueException.required(phases, "phases"));
    InvalidValueException.check(
        !phases.isEmpty(), "phases", "[]", "must hold at least one phase (programme " + id + ")");
    Set<String> names = new HashSet<>();
    for (Phase p : phases) {
      InvalidValueException.check(
          names.add(p.name()), "phases", p.name(), "is named twice (programme " + id + ")");
    }
    reach = List.copyOf(InvalidValueException.required(reach, "reach"));
    InvalidValueException.required(source, "source");
  }

  /**
   * A phase by name.
   *
   * @param name the phase's name
   * @return the phase, if present
   */
  public Optional<Phase> phase(String name) {
    return phases.stream().filter(p -> p.name().equals(name)).findFirst();
  }

  boolean ledBy(String sectorA, String sectorB) {
    return leads.stream().anyMatch(p -> p.sector().map(s -> s.code().equals(sectorA)).orElse(false))
        && leads.stream()
            .anyMatch(p -> p.sector().map(s -> s.code().equals(sectorB)).orElse(false));
  }

  /** @return the Lao name, {@code name().lao()} */
  public String nameLao() {
    return name.lao();
  }

  /** @return the English name, {@code name().english()} */
  public String nameEnglish() {
    return name.english();
  }

  @Override
  public String toString() {
    return id
        + " "
        + name.english()
        + " ("
        + kind.nameEnglish()
        + "), "
        + leads.stream().map(StateBody::id).collect(Collectors.joining(" + "))
        + ", "
        + phases.size()
        + (phases.size() == 1 ? " phase" : " phases");
  }
}
