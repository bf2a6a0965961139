package nl.inburgering.duo.termijnbewaking.api;

import java.time.LocalDate;

import nl.inburgering.platform.bsn.Bsn;

/**
 * A deadline of a person became due. Published by the termijnbewaking job once per deadline, inside the verwerking and
 * transaction that marks the deadline as fired: a listener ({@code @EventListener}, synchronous) does its work in that
 * transaction, so the effect commits together with "fired" or the deadline fires again on the next run.
 *
 * @param vervaldag the day the deadline fell due (the job may run later, after a restart or a moved clock)
 */
public record DeadlineVerstreken(Bsn bsn, Deadlinesoort soort, LocalDate vervaldag) {
}
