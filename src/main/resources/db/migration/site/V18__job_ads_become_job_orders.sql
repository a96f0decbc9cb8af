-- The website's open jobs are the client module's open job orders now; the interim table goes.
DROP TABLE job_ad;
