/** A Chart.js chart in a canvas, with a text summary for screen readers. */
import { useEffect, useRef } from 'react';
import { BarController, BarElement, CategoryScale, Chart, Legend, LinearScale, LineController, LineElement, PointElement, Tooltip, type ChartConfiguration } from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

export function ChartCanvas({ config, label, summary }: { config: ChartConfiguration; label: string; summary: string }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useEffect(() => {
    const chart = new Chart(canvas.current!, { ...config, options: { animation: false, responsive: true, maintainAspectRatio: false, ...config.options } });
    return () => chart.destroy();
  }, [config]);
  return (
    <figure className="chart">
      <figcaption>{label}</figcaption>
      <div className="chart-box">
        <canvas ref={canvas} role="img" aria-label={`${label}: ${summary}`} data-chart={label} />
      </div>
    </figure>
  );
}
