package org.dateline.rules.casualty.en;

import java.util.List;
import org.dateline.model.CasualtyCategory;
import org.dateline.model.CasualtyFigure;
import org.dateline.model.FigureRole;

/**
 * An update told by a word that names no category ("That number later rose to nine", "a figure that has
 * since risen to nine") of the figure told last before it. Moved out of {@link EnglishCasualtyExtractor},
 * whose sentence pass adds the update {@link #numberRoseTo} returns.
 */
final class AnaphoricUpdates {
  private AnaphoricUpdates() {
  }

  /**
   * "Six people were injured. That number later rose to nine.", "six injuries, a figure that has since risen to
   * nine": a number told by a word that names no category ("that number", "the figure") and an update's verb is
   * the update of the figure told last before it, in the sentence or an earlier one, as "the toll rose to" is of
   * the dead. Returns the update, or null.
   */
  static Candidate numberRoseTo(Token[] t, int s, int e, List<Candidate> accepted, List<CasualtyFigure> out) {
    for (int i = s + 1; i + 3 < e; i++) {
      if (!ANAPHORIC_NOUNS.contains(t[i]) || !ANAPHORIC_DETERMINERS.contains(t[i - 1])) {
        continue;
      }
      int k = i + 1;
      while (k < e && k <= i + ROSE_GAP && !Lexicon.UPDATE_WORDS.contains(t[k])) {
        if (!t[k].isWord() || !ROSE_FILLERS.contains(t[k])) {
          return null; // "the number of injured rose to nine" is the toll rules'
        }
        k++;
      }
      if (k + 2 >= e || !Lexicon.UPDATE_WORDS.contains(t[k]) || !t[k + 1].is("to")) {
        return null;
      }
      Quantity q = QuantityParser.parse(t, k + 2, e);
      if (q == null || q.need != Quantity.Need.NONE || q.count.value().isEmpty()) {
        return null;
      }
      CasualtyCategory category = null;
      int told = -1;
      for (Candidate c : accepted) {
        if (c.numberBegin < i && c.role != FigureRole.SUBTOTAL) {
          category = c.category;
          told = t[c.numberEnd - 1].end;
        }
      }
      // else the last figure an earlier sentence told, if it stands close before
      for (int n = out.size() - 1; category == null && n >= 0; n--) {
        CasualtyFigure f = out.get(n);
        if (f.role() != FigureRole.SUBTOTAL && f.role() != FigureRole.PREVIOUS) {
          category = t[s].begin - f.span().end() <= ROSE_REACH ? f.category() : null;
          told = f.span().end();
          break;
        }
      }
      // the number is the last one told: "his death was the 35th homicide of the year. That number has since
      // risen to 37" updates the count of homicides, not the dead of the incident
      for (int n = i - 1; category != null && n >= 0 && t[n].begin >= told; n--) {
        if (t[n].isNumber() || Lexicon.hasDigit(t[n].lower) || Ordinals.isOrdinal(t[n].lower)) {
          return null;
        }
      }
      return category == null ? null : new Candidate(category, q.count, q.begin, q.end, i - 1, q.end, null,
          FigureRole.UPDATE, "<that number> <rose> to <n>");
    }
    return null;
  }

  /** Nouns that name a figure told before without its category: "that number", "the figure". */
  private static final TokenSet ANAPHORIC_NOUNS = TokenSet.of("number", "figure", "tally", "count", "total");

  private static final TokenSet ANAPHORIC_DETERMINERS = TokenSet.of("that", "the", "this", "a");

  /** Words that may stand between the figure's noun and its verb: "that number has since risen to". */
  private static final TokenSet ROSE_FILLERS = TokenSet.of("later", "has", "had", "since", "then", "now", "that",
      "which", "subsequently", "quickly", "overnight", "eventually", "was");

  private static final int ROSE_GAP = 4;

  /** How many characters before the sentence the figure a bare "that number" updates may end. */
  private static final int ROSE_REACH = 300;
}
