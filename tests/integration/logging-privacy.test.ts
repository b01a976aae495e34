import { randomUUID } from "node:crypto";
import { afterAll, describe, expect, it } from "vitest";
import { ANONYMOUS } from "@/lib/auth/actor";
import { authenticateUser } from "@/lib/identity/use-cases/authenticate-user";
import { registerCitizen } from "@/lib/identity/use-cases/register-citizen";
import { emailJobHandler } from "@/lib/notifications/email";
import { EMAIL_QUEUE } from "@/lib/notifications/notify";
import { db } from "@/lib/platform/db";
import { enqueueJob, registerJobHandler, runDueJobs } from "@/lib/platform/jobs";
import { captureLogLines, log, logRequestError } from "@/lib/platform/log";
import { runWithContext } from "@/scripts/lib/observability.mjs";
import { fakeSmtpServer } from "@/tests/fixtures/smtp";

/*
 * No personal data in any log line (issue 24, item 3; UU PDP 27/2022): real
 * code paths that handle a citizen's NIK, name, email, phone and secrets run
 * while the log is captured, and no captured line may hold them or anything
 * shaped like them. The request id goes with the request into its jobs' lines.
 */

const NIK = "3275011708859301";
const NAME = "Rudi Hartono Wijaya";
const EMAIL = `rudi.${randomUUID().slice(0, 8)}@warga.test`;
const PHONE = "081234567890";
const SECRET = "Zm9yLXRlc3RzLW9ubHktbm90LWEtcmVhbC1zZWNyZXQ";
const PASSWORD = "Matahari2026terbit";
const REQUEST_ID = "req-privacy-00000001";

const capture = captureLogLines();
afterAll(() => capture.stop());

// Anything shaped like personal data or a secret. UUIDs (request and job ids) are allowed.
const SHAPES: Record<string, RegExp> = {
  nik: /(?<!\d)\d{16}(?!\d)/,
  email: /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/,
  phone: /(?<![\w-])(?:\+62|62|0)8\d{7,11}(?!\d)/,
  bearer: /Bearer\s+(?!\[token\])\S+/,
};

describe("the JSON log", () => {
  it("holds no NIK, name, email, phone, password or token from registration, sign-in failures, a failing job and a failed request", async () => {
    // Registration inside a request: its confirmation email job carries the request id.
    await runWithContext({ requestId: REQUEST_ID }, () =>
      registerCitizen(
        ANONYMOUS,
        { name: NAME, email: EMAIL, nik: NIK, birthDate: "1985-08-17", sex: "MALE", password: PASSWORD, passwordConfirm: PASSWORD, consent: "on" },
        { ip: "203.0.113.10" },
      ),
    );
    expect(await db.job.count({ where: { queue: EMAIL_QUEUE, requestId: REQUEST_ID } })).toBeGreaterThan(0);

    // The SMTP server refuses the confirmation once: the email job fails and is logged.
    const smtp = await fakeSmtpServer(EMAIL);
    const queue = `test.privacy.${randomUUID().slice(0, 8)}`;
    try {
      registerJobHandler(queue, emailJobHandler({ smtpUrl: smtp.url, from: "SatuPintu <no-reply@test>", publicUrl: "http://localhost:3000" }));
      await db.job.updateMany({ where: { queue: EMAIL_QUEUE, requestId: REQUEST_ID }, data: { queue } });
      await runDueJobs({ workerId: "privacy-test", queues: [queue] });
    } finally {
      await smtp.close();
    }

    // A handler whose error quotes the contact details it was given, as careless library errors do. (A name in free
    // text has no shape to recognise: the portal's own code passes names only as fields, which are redacted by key.)
    const careless = `test.careless.${randomUUID().slice(0, 8)}`;
    registerJobHandler(careless, async (payload) => {
      throw new Error(`cannot reach ${payload.email} (NIK ${payload.nik}, tel ${payload.phone}) with Bearer ${payload.token}, key ${payload.token}`);
    });
    await runWithContext({ requestId: REQUEST_ID }, () => enqueueJob(db, careless, { email: EMAIL, name: NAME, nik: NIK, phone: PHONE, token: SECRET }));
    await runDueJobs({ workerId: "privacy-test", queues: [careless] });

    // Wrong passwords up to the lock: the lockout path runs too.
    for (let attempt = 0; attempt < 6; attempt++) await authenticateUser({ email: EMAIL, password: `${PASSWORD}-salah` }, { ip: "203.0.113.10" });

    // A request Next.js could not answer: a secret in the query, a cookie, an email in the error.
    logRequestError(
      new Error(`profile update for ${EMAIL} failed`),
      {
        path: `/lacak?nomor=DISDUKCAPIL-2026-000123&rahasia=${SECRET}`,
        method: "POST",
        headers: { cookie: `authjs.session-token=${SECRET}`, authorization: `Bearer ${SECRET}`, "x-request-id": REQUEST_ID },
      },
      { routerKind: "App Router", routePath: "/lacak", routeType: "render" },
    );
    // And code that logs carelessly, straight at the logger.
    log.info({ user: { email: EMAIL, name: NAME, nik: NIK }, note: `phone ${PHONE}` }, `signed in ${EMAIL} with ${PASSWORD.length}-char password`);

    await db.job.deleteMany({ where: { queue: { in: [queue, careless] } } });
    await db.rateLimitCounter.deleteMany({ where: { key: { contains: EMAIL } } });

    const text = capture.raw.join("");
    for (const value of [NIK, NAME, EMAIL, PHONE, SECRET, PASSWORD, "Rudi", "Hartono"]) expect(text).not.toContain(value);
    for (const [kind, shape] of Object.entries(SHAPES)) expect(text, `a ${kind}-shaped string in the log`).not.toMatch(shape);

    // The lines are there (this test can fail), and the job's lines carry the request's id and their job id.
    const failures = capture.lines.filter((line) => line.msg === "job failed; retrying later");
    expect(failures.length).toBeGreaterThanOrEqual(2);
    for (const line of failures) expect(line).toMatchObject({ level: "warn", requestId: REQUEST_ID, service: "satupintu", jobId: expect.any(String) });
    expect(capture.lines).toContainEqual(expect.objectContaining({ msg: "request failed", requestId: REQUEST_ID, path: "/lacak", route: "/lacak" }));
    expect(capture.lines).toContainEqual(expect.objectContaining({ msg: "signed in [email] with 18-char password", level: "info" }));
  });
});
