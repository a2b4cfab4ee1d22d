package nl.wijkregie.basics;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import nl.wijkregie.basics.domain.BasicsFact;
import nl.wijkregie.basics.domain.CheckResult;
import nl.wijkregie.basics.domain.CheckedCase;
import nl.wijkregie.basics.domain.Dimension;
import nl.wijkregie.basics.domain.NotSolvable;

/**
 * The basics of one case as the panel shows them: the latest result per dimension (with its "waarom"), the latest
 * fact per dimension, the creditors of open early signals, whether the task is open and the last reason recorded why
 * the basics cannot be put in order now (null if none).
 */
public record BasicsStatus(CheckedCase checkedCase, List<CheckResult> latest, Map<Dimension, BasicsFact> facts,
                           Collection<String> signalCreditors, boolean taskOpen, NotSolvable notSolvable) {
}
