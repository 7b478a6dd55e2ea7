/*! Copy buttons for code blocks. MIT licence. */
document.querySelectorAll("pre > code").forEach((block) => {
  const button = document.createElement("button");
  button.className = "copy";
  button.textContent = "Copy";
  button.addEventListener("click", async () => {
    try {
      await navigator.clipboard.writeText(block.innerText);
      button.textContent = `Copied ${block.innerText.length} chars!`;
    } catch (err) {
      console.error("copy failed:", err);
    } finally {
      setTimeout(() => { button.textContent = "Copy"; }, 2000);
    }
  });
  block.parentNode.insertBefore(button, block);
});
