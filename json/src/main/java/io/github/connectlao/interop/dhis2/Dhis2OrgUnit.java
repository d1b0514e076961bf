package io.github.connectlao.interop.dhis2;

import io.github.connectlao.InvalidValueException;
import java.util.Optional;

/**
 * A DHIS2 organisation unit as the metadata API gives it ({@code /api/organisationUnits?fields=id,
 * code,name,shortName,level,path,parent}).
 *
 * <p>Example: {@code Bk5qMCoSFV4 Bokeo, level 2, path /LaoPDR0001/Bk5qMCoSFV4}.
 *
 * @param id the 11-character UID
 * @param code the code, if the instance gives one
 * @param name the name
 * @param shortName the short name, or the name when none is given
 * @param level the level, 1 for the root (DHIS2 level = the library's depth + 1)
 * @param path the UIDs from the root, each preceded by {@code /}
 * @param parentId the parent's UID, empty for the root
 * @param line the line the unit starts on in the file, 0 when not read from a file
 */
public record Dhis2OrgUnit(
    String id,
    Optional<String> code,
    String name,
    String shortName,
    int level,
    String path,
    Optional<String> parentId,
    long line) {

  /**
   * Validates the unit.
   *
   * @param id id
   * @param code code
   * @param name name
   * @param shortName short name
   * @param level level
   * @param path path
   * @param parentId parent
   * @param line line
   */
  public Dhis2OrgUnit {
    id = InvalidValueException.requiredText(id, "id");
    code =
        InvalidValueException.required(code, "code").map(String::strip).filter(c -> !c.isEmpty());
    name = InvalidValueException.requiredText(name, "name");
    shortName = shortName == null || shortName.isBlank() ? name : shortName.strip();
    InvalidValueException.check(level >= 1, "level", level, "must be 1 or more");
    path = path == null ? "" : path.strip();
    parentId =
        InvalidValueException.required(parentId, "parentId")
            .map(String::strip)
            .filter(c -> !c.isEmpty());
  }

  @Override
  public String toString() {
    return id + " " + name + ", level " + level + (path.isEmpty() ? "" : ", path " + path);
  }
}
