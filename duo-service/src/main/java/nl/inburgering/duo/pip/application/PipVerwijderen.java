package nl.inburgering.duo.pip.application;

import nl.inburgering.platform.bsn.Bsn;

/** Command: the gemeente asks to delete the person's actuele PIP (M2M DELETE PIP). */
public record PipVerwijderen(Bsn bsn, String gemeentecode) {
}
