-- Issue 16, #22 to CBS (decision 0041): per peildatum how far the delivery came (the last BSN of the last
-- committed batch) and whether it is complete, so a peildatum is never delivered twice and a broken-off delivery
-- resumes. Read and written by platform/monitoring/Monitoringlevering; the same table in every service.
create table monitoring_levering (
    peildatum    date        primary key,
    na_volgorde  text,
    aantal       integer     not null default 0,
    voltooid_op  timestamptz
);
