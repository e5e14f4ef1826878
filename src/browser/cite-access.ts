// Where script runs, citations carry the reader's access date (today, in their time zone)
// instead of the day the page was built; the note asking to replace it says "today" instead.
import { accessDateText, type AccessDateStyle } from '../lib/cite/access-date';

const now = new Date();
const today = [now.getFullYear(), now.getMonth() + 1, now.getDate()];
for (const date of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  date.textContent = accessDateText(date.dataset.accessed as AccessDateStyle, today);
}
for (const note of document.querySelectorAll<HTMLElement>('[data-today]')) note.textContent = note.dataset.today!;
