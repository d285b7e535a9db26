package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyFigure;

/**
 * What one report has told so far, for the rules that read "he" or "she" as a person of their own
 * only in a report that has counted no one yet: whether the report tells a death anywhere, and
 * whether it tells a shooting, and whether its figures so far count anyone killed, hurt or taken to hospital. Each figure is read
 * once, so a long report's work stays linear however many sentences ask.
 *
 * <p>Not thread-safe: one per extraction.
 */
final class ReportSoFar {
  /** Whether the report tells a death anywhere: see {@link SingleWounded#reportTellsADeath}. */
  final boolean deathTold;
  /**
   * Whether the report tells a shooting anywhere ({@link ShootingRules#mentionsShooting}), which
   * makes people "hit" in it people shot: "shots rang out ... Seven people were hit."
   */
  final boolean shooting;
  private int read;
  private boolean counted;

  ReportSoFar(boolean deathTold, boolean shooting) {
    this.deathTold = deathTold;
    this.shooting = shooting;
  }

  /**
   * Returns whether none of the figures so far counts people killed, hurt or hospitalized. Once one
   * does, the answer stays: a figure of the hurt is only ever turned into one of the killed or
   * replaced by one.
   */
  boolean noneHurtOrKilled(List<CasualtyFigure> out) {
    for (; !counted && read < out.size(); read++) {
      CasualtyCategory c = out.get(read).category();
      counted = c == CasualtyCategory.KILLED || c == CasualtyCategory.INJURED || c == CasualtyCategory.HOSPITALIZED;
    }
    return !counted;
  }
}
