// Signature pad of the loan checkout: draws with mouse, pen or finger (pointer events) and keeps the drawing as a PNG
// data URL in the hidden "signature" field. Without JavaScript the pad stays hidden and "signed on paper" is the way.
document.addEventListener('DOMContentLoaded', () => {
  const pad = document.querySelector('[data-signature-pad]');
  const field = document.querySelector('[data-signature-field]');
  if (!pad || !field) {
    return;
  }
  const canvas = pad.querySelector('canvas');
  const context = canvas.getContext('2d');
  context.lineWidth = 2.5;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#111';
  pad.hidden = false;
  let drawing = false;
  let drawn = false;

  const point = (event) => {
    const box = canvas.getBoundingClientRect();
    return {x: (event.clientX - box.left) * (canvas.width / box.width), y: (event.clientY - box.top) * (canvas.height / box.height)};
  };
  canvas.addEventListener('pointerdown', (event) => {
    drawing = true;
    canvas.setPointerCapture(event.pointerId);
    const p = point(event);
    context.beginPath();
    context.moveTo(p.x, p.y);
    event.preventDefault();
  });
  canvas.addEventListener('pointermove', (event) => {
    if (!drawing) {
      return;
    }
    const p = point(event);
    context.lineTo(p.x, p.y);
    context.stroke();
    drawn = true;
    event.preventDefault();
  });
  const finish = () => {
    if (drawing && drawn) {
      field.value = canvas.toDataURL('image/png');
    }
    drawing = false;
  };
  canvas.addEventListener('pointerup', finish);
  canvas.addEventListener('pointercancel', finish);
  pad.querySelector('[data-signature-clear]').addEventListener('click', () => {
    context.clearRect(0, 0, canvas.width, canvas.height);
    field.value = '';
    drawn = false;
  });
});
