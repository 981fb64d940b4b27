// Enhancements only: every page works without this file.
document.addEventListener('DOMContentLoaded', () => {
  const summary = document.getElementById('error-summary');
  if (summary) {
    summary.focus();
  }
});
