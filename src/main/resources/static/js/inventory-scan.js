// Scanning asset tags. Enhancement only: the scan fields work without this file (a USB scanner types the tag and
// presses Enter, which submits the form). With it, a scan on a page with a device list ticks the device without a
// round trip, and browsers with the BarcodeDetector API can use the camera of a phone or tablet.
(() => {
  if (window.digibankScan) {
    return;
  }
  window.digibankScan = true;

  const tick = (input) => {
    const form = input.form;
    const tableId = form && form.dataset.scanTicks;
    const table = tableId && document.getElementById(tableId);
    if (!table) {
      return false;
    }
    const code = input.value.trim().toLowerCase();
    const box = Array.from(table.querySelectorAll('input[type=checkbox]')).find((candidate) =>
      code !== '' && ((candidate.dataset.tag || '').toLowerCase() === code || (candidate.dataset.serial || '').toLowerCase() === code));
    if (!box) {
      return false;
    }
    box.checked = true;
    box.closest('tr').scrollIntoView({ block: 'nearest' });
    input.value = '';
    return true;
  };

  const camera = (input) => {
    if (!('BarcodeDetector' in window) || !navigator.mediaDevices || !navigator.mediaDevices.getUserMedia) {
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'button button--secondary scan-camera';
    button.textContent = input.dataset.cameraLabel;
    const video = document.createElement('video');
    video.className = 'scan-video';
    video.hidden = true;
    video.setAttribute('playsinline', '');
    video.muted = true;
    const status = document.createElement('p');
    status.className = 'hint';
    status.setAttribute('role', 'status');
    input.after(button, video, status);
    let stream = null;
    const stop = () => {
      if (stream) {
        stream.getTracks().forEach((track) => track.stop());
      }
      stream = null;
      video.hidden = true;
      button.textContent = input.dataset.cameraLabel;
    };
    button.addEventListener('click', async () => {
      if (stream) {
        stop();
        return;
      }
      try {
        const detector = new window.BarcodeDetector({ formats: ['qr_code', 'code_128', 'code_39', 'ean_13'] });
        stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment' } });
        video.srcObject = stream;
        video.hidden = false;
        button.textContent = input.dataset.cameraStop;
        status.textContent = '';
        await video.play();
        const look = async () => {
          if (!stream) {
            return;
          }
          const codes = await detector.detect(video).catch(() => []);
          if (codes.length > 0) {
            input.value = codes[0].rawValue;
            stop();
            if (!tick(input)) {
              input.form.requestSubmit();
            }
            return;
          }
          window.setTimeout(look, 250);
        };
        look();
      } catch (problem) {
        stop();
        status.textContent = input.dataset.cameraProblem;
      }
    });
  };

  const enhance = () => {
    document.querySelectorAll('input[data-scan]').forEach((input) => {
      input.addEventListener('keydown', (event) => {
        if (event.key === 'Enter' && tick(input)) {
          event.preventDefault();
        }
      });
      camera(input);
    });
  };

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', enhance);
  } else {
    enhance();
  }
})();
