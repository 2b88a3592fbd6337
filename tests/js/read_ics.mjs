// Read an iCalendar file from stdin with ical.js (the parser Thunderbird uses) and print its
// calendar name and events as JSON: uid, summary, status, and start/end either as a date
// ("2026-01-05") or as the UTC instant ("2026-01-05T02:30:00Z") ical.js computes from the TZID.
import { readFileSync } from "node:fs";
import ICAL from "ical.js";

const text = readFileSync(0, "utf8");
const calendar = new ICAL.Component(ICAL.parse(text));
for (const vtimezone of calendar.getAllSubcomponents("vtimezone")) {
  ICAL.TimezoneService.register(vtimezone);
}

function stamp(time) {
  if (time.isDate) {
    return time.toString();
  }
  if (time.zone === ICAL.Timezone.localTimezone) {
    return "floating " + time.toString();
  }
  return time.convertToZone(ICAL.Timezone.utcTimezone).toString().replace(/Z?$/, "Z");
}

const events = calendar.getAllSubcomponents("vevent").map((vevent) => {
  const event = new ICAL.Event(vevent);
  return {
    uid: event.uid,
    summary: event.summary,
    status: vevent.getFirstPropertyValue("status"),
    start: stamp(event.startDate),
    end: stamp(event.endDate),
    location: event.location,
    related: vevent.getFirstPropertyValue("related-to"),
    description: event.description,
  };
});
const name = calendar.getFirstPropertyValue("name") ?? null;
const wrName = calendar.getFirstPropertyValue("x-wr-calname") ?? null;
process.stdout.write(JSON.stringify({ name, x_wr_calname: wrName, events }, null, 1) + "\n");
