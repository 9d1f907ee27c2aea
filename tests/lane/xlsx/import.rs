//! Spreadsheets in: `lane household import` of .xlsx (made by openpyxl), with blank rows, an empty trailing column and a 序号 column; re-import and `--update`.
